// Writing SVG text by hand: five escapes and a character filter are all it takes, and an XML builder package
// would add weight to core (which the app, the CLI and Workers all load) without making the output safer.

// XML 1.0 forbids C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates (with the `u` flag a
// surrogate range matches only unpaired halves). C1 controls are allowed but print as nothing useful: gone too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** Mission text with every character XML 1.0 cannot carry removed (the mission's text is untrusted). */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for SVG content and attribute values alike: cleaned, then `& < > " '` escaped. */
export function xml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A coordinate or length for an attribute: at most two decimals, never `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}
