/**
 * Mission text is untrusted, and a terminal obeys what it prints: ESC sequences clear the screen, set the
 * window title or write the clipboard (OSC 52), a carriage return overwrites a line, bidi overrides reorder
 * what the reader sees. Everything the CLI writes for people goes through `visibleText`, which prints those
 * characters as `\u001b`-style escapes: visible, and still valid inside the JSON strings of `--json` output.
 */

// C0 controls but tab and newline, DEL and C1 controls, and the bidi embeddings, overrides and isolates:
// matching control characters is this pattern's whole point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character shown as a `\uXXXX` escape. */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
