/**
 * Reads a string table back (a translation, usually after a round through a spreadsheet). Papa Parse reads the
 * CSV (RFC 4180: quoted cells with commas, quotes and line breaks); this module finds the columns by their
 * header names, in any order, and turns rows into entries. Every problem names its line; nothing throws.
 */
import Papa, { type ParseStepResult } from 'papaparse';
import { LineIndex } from '../format/line-index';
import type { Diagnostic } from '../validate/diagnostic.types';
import { STRING_TABLE_COLUMNS } from './string-table';
import type { Translation, TranslationEntry } from './translation.types';

/** Tables past this size are refused before parsing: Second Wave's is 60 KB. */
const MAX_TABLE_CHARS = 16 * 1024 * 1024;
/** Rows past this many are refused: a mission has a few thousand strings at most. */
const MAX_TABLE_ROWS = 200_000;

/** What reading a table gives: the translation when the table could be read, and every problem, located. */
export type ParsedStringTable = { ok: true; translation: Translation; problems: Diagnostic[] } | { ok: false; problems: Diagnostic[] };

/** `second-wave.fr.strings.csv` -> `fr`; undefined for a name without a language before `.strings.csv`. */
export function languageOfTableName(fileName: string): string | undefined {
  const match = /\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.strings\.csv$/i.exec(fileName);
  return match ? (match[1] as string) : undefined;
}

/** The string table file name of a mission file: `second-wave.mission.json` + `fr` -> `second-wave.fr.strings.csv`. */
export function tableNameFor(missionFileName: string, language: string): string {
  const base = missionFileName.replace(/(\.mission)?\.json$/i, '');
  return `${base}.${language}.strings.csv`;
}

/** A cell the export protected from spreadsheet formulas (`'=...`): the protecting quote is taken off again. */
export function unprotectCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const BOM = '\uFEFF';

function problem(severity: 'error' | 'warning', message: string, at: { line: number; column: number; offset: number }): Diagnostic {
  return {
    code: 'translation-table',
    severity,
    message,
    path: '',
    range: { offset: at.offset, length: 0, line: at.line, column: at.column },
  };
}

/** The delimiter of the header line: spreadsheets in some locales save `;`-separated or tab-separated "CSV". */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (header.includes('\t')) return '\t';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/** Reads the table `text` (from the file `fileName`) as the translation into `language`. */
export function parseStringTable(text: string, fileName: string, language: string): ParsedStringTable {
  const start = { line: 1, column: 1, offset: 0 };
  if (text.length > MAX_TABLE_CHARS)
    return {
      ok: false,
      problems: [
        problem(
          'error',
          `${fileName} is ${Math.round(text.length / 1048576)} MB; string tables are limited to ${MAX_TABLE_CHARS / 1048576} MB`,
          start,
        ),
      ],
    };
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const lines = new LineIndex(body);
  const at = (offset: number) => ({ ...lines.at(offset), offset: offset + (body === text ? 0 : 1) });
  const rows: Array<{ cells: string[]; offset: number; errors: ParseStepResult<string[]>['errors'] }> = [];
  let cursor = 0;
  let tooMany = false;
  Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    step: (result, parser) => {
      rows.push({ cells: result.data, offset: cursor, errors: result.errors });
      cursor = result.meta.cursor;
      if (rows.length > MAX_TABLE_ROWS) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) return { ok: false, problems: [problem('error', `${fileName} has more than ${MAX_TABLE_ROWS} rows`, start)] };
  const header = rows[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const column = (name: (typeof STRING_TABLE_COLUMNS)[number]) => header.indexOf(name);
  const idAt = column('string_id');
  const textAt = column('translation');
  if (idAt < 0 || textAt < 0) {
    const lacking = [idAt < 0 ? 'string_id' : '', textAt < 0 ? 'translation' : ''].filter(Boolean).join(' and ');
    return {
      ok: false,
      problems: [
        problem(
          'error',
          `${fileName} is not a string table: its first line has no ${lacking} column (expected ${STRING_TABLE_COLUMNS.join(',')})`,
          start,
        ),
      ],
    };
  }
  const hashAt = column('source_hash');
  const notesAt = column('notes');
  const problems: Diagnostic[] = [];
  if (hashAt < 0)
    problems.push(
      problem('warning', `${fileName} has no source_hash column: translations of changed source text cannot be told apart`, start),
    );
  const entries = new Map<string, TranslationEntry>();
  const notes = new Map<string, string>();
  const seen = new Set<string>();
  for (const row of rows.slice(1)) {
    const place = at(row.offset);
    for (const e of row.errors) {
      if (e.code !== 'UndetectableDelimiter')
        problems.push(problem('error', `${e.message} (${e.code})`, e.index === undefined ? place : at(e.index)));
    }
    const cell = (i: number) => (i >= 0 ? unprotectCell(row.cells[i] ?? '') : '');
    const id = cell(idAt).trim();
    if (id === '') {
      if (row.cells.some((c) => c.trim() !== '')) problems.push(problem('warning', 'this row has no string_id: it is skipped', place));
      continue;
    }
    if (seen.has(id)) {
      problems.push(problem('warning', `"${id}" appears again: the first row counts`, place));
      continue;
    }
    seen.add(id);
    const note = cell(notesAt);
    // Spreadsheets write line breaks in a cell as CRLF or LF; the mission's text uses LF.
    const translated = cell(textAt).replace(/\r\n?/g, '\n');
    if (translated.trim() === '') {
      if (note !== '') notes.set(id, note);
      continue;
    }
    entries.set(id, { id, text: translated, sourceHash: cell(hashAt).trim().toLowerCase(), notes: note, line: place.line });
  }
  return { ok: true, translation: { language, fileName, entries, notes }, problems };
}
