import { describe, expect, it } from 'vitest';
import { languageOfTableName, parseStringTable, tableNameFor, unprotectCell } from './parse-string-table';

const HEADER = 'string_id,speaker,source_text,translation,context,max_length,notes,source_hash';

describe('parseStringTable', () => {
  it('reads quoted cells with commas, quotes and line breaks, and the line of each row', () => {
    const text = `\uFEFF${HEADER}\r\na.line.1,Quark,"Hi, ""you""","Salut, ""toi""\r\nencore",,,,12345678\r\nb.text,,x,ク🖖,,,,abcdef01\r\n`;
    const parsed = parseStringTable(text, 't.fr.strings.csv', 'fr');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.problems).toEqual([]);
    expect(parsed.translation.entries.get('a.line.1')).toEqual({
      id: 'a.line.1',
      text: 'Salut, "toi"\nencore',
      sourceHash: '12345678',
      notes: '',
      line: 2,
    });
    expect(parsed.translation.entries.get('b.text')).toMatchObject({ text: 'ク🖖', line: 4 });
  });

  it('finds the columns by name in any order, and reads a semicolon-separated sheet', () => {
    const parsed = parseStringTable('translation;string_id\nBonjour;a.text\n', 't.csv', 'fr');
    expect(parsed.ok && parsed.translation.entries.get('a.text')?.text).toBe('Bonjour');
    expect(parsed.ok && parsed.problems.map((p) => p.message)).toEqual([expect.stringContaining('no source_hash column')]);
  });

  it('refuses a file that is not a string table, naming what its first line lacks', () => {
    const parsed = parseStringTable('line_id,speaker,text\n', 'voice.csv', 'fr');
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ code: 'translation-table', severity: 'error', range: { line: 1, column: 1 } }],
    });
    expect(parsed.problems[0]?.message).toContain('no string_id and translation column');
  });

  it('reports an unterminated quote and a repeated id at their lines, keeping the first row', () => {
    const repeated = parseStringTable(`${HEADER}\na.text,,,one,,,,\na.text,,,two,,,,\n`, 't.csv', 'fr');
    expect(repeated.ok && repeated.translation.entries.get('a.text')?.text).toBe('one');
    expect(repeated.problems).toEqual([expect.objectContaining({ severity: 'warning', range: expect.objectContaining({ line: 3 }) })]);
    const open = parseStringTable(`${HEADER}\na.text,,,"never closed\n`, 't.csv', 'fr');
    expect(open.problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('unterminated') })]);
  });

  it('keeps the notes of a row not translated yet, so a table sent out again keeps them', () => {
    const parsed = parseStringTable(`${HEADER}\na.text,,x,,,,ask the writer,\n`, 't.csv', 'fr');
    expect(parsed.ok && parsed.translation.entries.size).toBe(0);
    expect(parsed.ok && parsed.translation.notes.get('a.text')).toBe('ask the writer');
  });

  it('refuses a table over the size limit before parsing it', () => {
    const parsed = parseStringTable('x'.repeat(16 * 1024 * 1024 + 1), 'big.csv', 'fr');
    expect(parsed).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('limited to 16 MB') }] });
  });
});

describe('string table names and cells', () => {
  it("reads the language from a table name and names a mission's table", () => {
    expect(languageOfTableName('second-wave.fr.strings.csv')).toBe('fr');
    expect(languageOfTableName('second-wave.pt-BR.strings.csv')).toBe('pt-BR');
    expect(languageOfTableName('Second Wave (French).csv')).toBeUndefined();
    expect(tableNameFor('second-wave.mission.json', 'de')).toBe('second-wave.de.strings.csv');
  });

  it("takes the export's formula protection off a cell, and only that", () => {
    expect(unprotectCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unprotectCell("''-x")).toBe("'-x");
    expect(unprotectCell("'tis")).toBe("'tis");
  });
});
