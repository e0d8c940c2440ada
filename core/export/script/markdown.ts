/**
 * Mission text as literal Markdown: whatever a mission says (`<script>`, `[x](javascript:...)`, `# heading`,
 * `1. item`) renders as the characters it is, in CommonMark and GitHub's dialect alike. Hand-written because
 * the Markdown libraries parse and render; none escapes text for embedding (and core takes no renderer).
 */

/**
 * Characters that open inline constructs anywhere in a line: `$` is GitHub's math, `~` strikethrough, `|`
 * tables, `&` only before an entity. The rest stop GitHub's bare autolinks: `@` (e-mail), the `:` of `x://`
 * and of `mailto:`, the `.` of `www.`.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~$@]|&(?=#?[A-Za-z0-9]+;)|(?<=[A-Za-z]):(?=\/)|(?<=mailto|xmpp):|(?<=www)\./gi;
/** What starts a block at the beginning of a line: a list item, or a setext heading's underline. */
const LINE_START_MARK = /^[-+=]/;
const ORDERED_MARKER = /^(\d{1,9})([.)])/;

/** One line of text, escaped: inline characters anywhere, block markers at its start (leading blanks dropped). */
function escapeLine(line: string): string {
  const escaped = line.trimStart().replace(INLINE_SPECIAL, (c) => `\\${c}`);
  if (LINE_START_MARK.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_MARKER, '$1\\$2');
}

const lines = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .filter((line) => line.trim() !== '');

/**
 * Text for a paragraph or list item: line breaks become hard breaks (a blank line would end the block, so
 * runs of them collapse to one), continued at `indent` so a list item keeps them.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return lines(text).join(`\\\n${indent}`);
}

/** Text for a heading or any one-line place: line breaks become spaces. */
export function escapeMarkdownLine(text: string): string {
  return lines(text).join(' ');
}
