/**
 * The byte-level style of a text file that JSON does not care about but people's tools do: the line ending
 * (Windows editors write CRLF) and a leading UTF-8 byte order mark. Files are read into this app as LF text
 * without a BOM (what the serializer writes), and written back in the style they came in, so saving a file from
 * a Windows colleague does not turn every line of it into a change in their diff.
 */

/** How lines end: `\n` or `\r\n`. A lone `\r` (classic Mac OS) is not treated as a line ending. */
type LineEnding = 'lf' | 'crlf';

/** The style of a file's text: its line ending, and whether it starts with a byte order mark. */
export interface TextStyle {
  lineEnding: LineEnding;
  bom: boolean;
}

/** The UTF-8 byte order mark as it appears in decoded text. */
export const BOM = '\uFEFF';

/** The serializer's own style, and the style of a new file. */
const LF_STYLE: TextStyle = { lineEnding: 'lf', bom: false };

/** Whether the text starts with a byte order mark. */
export function hasBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

/** The text without a leading byte order mark. */
function stripBom(text: string): string {
  return hasBom(text) ? text.slice(1) : text;
}

/**
 * The style of `text`: CRLF when most of its line breaks are CRLF (a file with mixed endings goes the way of
 * the majority; a tie, or no line break at all, is LF), and whether it has a BOM.
 */
export function detectTextStyle(text: string): TextStyle {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 0x0d) crlf++;
    else lf++;
  }
  return { lineEnding: crlf > lf ? 'crlf' : 'lf', bom: hasBom(text) };
}

/** The text as this app works with it: LF line endings and no byte order mark. */
export function normalizeText(text: string): string {
  const bare = stripBom(text);
  return bare.includes('\r\n') ? bare.replace(/\r\n/g, '\n') : bare;
}

/**
 * The text written in `style`: every line break (LF or CRLF) becomes the style's, and the BOM is added or
 * removed. Converting text that is already in the style gives it back unchanged.
 */
export function applyTextStyle(text: string, style: TextStyle = LF_STYLE): string {
  const lf = normalizeText(text);
  const lines = style.lineEnding === 'crlf' ? lf.replace(/\n/g, '\r\n') : lf;
  return style.bom ? BOM + lines : lines;
}
