/**
 * Links in passage text, the way Twine 2 itself finds them (twinejs `src/util/parse-links`): `[[target]]`,
 * `[[text->target]]` (the rightmost arrow divides), `[[target<-text]]` (the leftmost), `[[text|target]]`, and
 * a SugarCube setter tail `[[text|target][$x to 1]]` dropped from the target; links to web addresses are text.
 */

/** One link: what the player clicks, where it goes, and where in the passage text it stands. */
export interface TwineLink {
  text: string;
  target: string;
  /** Offset and length of the whole `[[...]]` in the passage text. */
  offset: number;
  length: number;
}

// `[[`, then anything that is not `]]`, then `]]`. Bounded by the passage's length; no nested quantifiers.
const LINK = /\[\[((?:[^\]]|\](?!\]))+)\]\]/g;

function divide(inner: string): { text: string; target: string } {
  const body = inner.replace(/\]\[.*$/s, '');
  const right = body.lastIndexOf('->');
  const left = body.indexOf('<-');
  if (right >= 0 && (left < 0 || right > left)) return { text: body.slice(0, right), target: body.slice(right + 2) };
  if (left >= 0) return { text: body.slice(left + 2), target: body.slice(0, left) };
  const bar = body.indexOf('|');
  if (bar >= 0) return { text: body.slice(0, bar), target: body.slice(bar + 1) };
  return { text: body, target: body };
}

/** Every link of a passage's text, in order. */
export function findLinks(text: string): TwineLink[] {
  const links: TwineLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const { text: label, target } = divide(match[1] as string);
    const trimmedTarget = target.trim();
    // A link to a web address is not a passage (Twine's own link finder leaves these out too).
    if (trimmedTarget === '' || /^\w+:\/\/\/?\w/i.test(trimmedTarget)) continue;
    links.push({ text: label.trim() || trimmedTarget, target: trimmedTarget, offset: match.index, length: match[0].length });
  }
  return links;
}

/** The text with its links taken out. */
export function withoutLinks(text: string, links: readonly TwineLink[]): string {
  let out = '';
  let at = 0;
  for (const link of links) {
    out += text.slice(at, link.offset);
    at = link.offset + link.length;
  }
  return out + text.slice(at);
}
