/**
 * CSV as the spreadsheet-bound exports write it (the voice script, the string table): RFC 4180 by Papa Parse,
 * CRLF line ends, a final line break, a UTF-8 byte order mark, and cells protected from formula injection.
 */
import Papa from 'papaparse';

/**
 * Excel reads a CSV without a byte order mark in the machine's legacy code page, which garbles every accent,
 * Klingon glyph and emoji; with the BOM it reads UTF-8. LibreOffice, Google Sheets, Numbers and Papa.parse
 * all skip it, so the BOM costs nothing there.
 */
const BOM = '\uFEFF';

/**
 * A cell that starts with `=`, `+`, `-` or `@` (or a tab or CR) is a formula to a spreadsheet, and mission text
 * is untrusted: such cells get a leading `'` (OWASP's CSV-injection advice). Papa's own `escapeFormulae: true`
 * pattern ends in `.*$`, which misses a cell whose formula is followed by a line break. Cells that already start
 * with quotes before such a character get one more, so reading a table back (`unprotectCell`) takes exactly one
 * off and every text comes back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The CSV text of a header row and data rows. */
export function csvText(fields: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const csv = Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  // RFC 4180 allows a final line break; spreadsheets write one, and line-based tools expect it. Papa ends a
  // header with no rows with one already (a cell ending in a line break is quoted, so this test is exact).
  return `${BOM}${csv}${csv.endsWith('\r\n') ? '' : '\r\n'}`;
}
