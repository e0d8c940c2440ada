import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { randomMission } from '../engine/test-fixtures';
import { exportStrings } from '../export/strings/export-strings';
import type { Mission } from '../format/mission.types';
import { checkTranslation } from './check-translation';
import { missionStrings } from './mission-strings';
import { parseStringTable, unprotectCell } from './parse-string-table';
import { needsTranslation } from './string-table';

/**
 * A translation as read back: line breaks as LF, and the one ambiguity of formula protection: a cell typed as
 * `'=...` loses its first apostrophe, as the export's protecting quote would (documented in core/README.md).
 */
const asRead = (text: string): string => unprotectCell(text).replace(/\r\n?/g, '\n');

/** Text a translator may type: separators, quotes, line breaks, formula starts, other scripts, emoji. */
const anyText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(',', ';', '"', "'", '\n', '\r\n', ' ', '\t', '=', '+', '-', '@', '🖖', 'ク', 'ж', 'é', 'ß', '\u0644', '\uF8D0'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 24,
  })
  .filter((t) => asRead(t).trim() !== '');

const seededMission = fc
  .record({ seed: fc.integer(), size: fc.integer({ min: 1, max: 12 }) })
  .map(({ seed, size }) => randomMission(seed, size));

/** A mission and a translation of each of its strings (some left out), in the table a translator returns. */
const translatedTable = fc.tuple(seededMission, fc.infiniteStream(fc.option(anyText, { freq: 4 }))).map(([mission, texts]) => {
  const wanted = new Map<string, string>();
  for (const s of missionStrings(mission).filter(needsTranslation)) {
    const text = texts.next().value as string | null;
    if (text !== null) wanted.set(s.id, text);
  }
  return { mission, wanted, table: fillIn(exportStrings(mission).text, wanted) };
});

/** What a translator does in a spreadsheet: types each translation into its row's translation cell. */
function fillIn(csv: string, translations: ReadonlyMap<string, string>): string {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data as string[][];
  const id = (header as string[]).indexOf('string_id');
  const text = (header as string[]).indexOf('translation');
  for (const row of rows) row[text] = translations.get(row[id] as string) ?? '';
  // Written back as a spreadsheet does: quoting only where needed, LF inside cells, no byte order mark.
  return Papa.unparse([header, ...rows], { newline: '\r\n' });
}

const read = (mission: Mission, table: string) => {
  const parsed = parseStringTable(table, 'm.fr.strings.csv', 'fr');
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  return { parsed, report: checkTranslation(mission, parsed.translation) };
};

describe('a string table through a spreadsheet and back', () => {
  it('keeps every translation exactly, and finds nothing stale or unknown', () => {
    fc.assert(
      fc.property(translatedTable, ({ mission, wanted, table }) => {
        const { parsed, report } = read(mission, table);
        expect(parsed.problems).toEqual([]);
        const got = new Map([...parsed.translation.entries].map(([id, e]) => [id, e.text]));
        expect(got).toEqual(new Map([...wanted].map(([id, t]) => [id, asRead(t)])));
        expect(report.stale).toEqual([]);
        expect(report.unknown).toEqual([]);
        expect(report.current).toBe(wanted.size);
        expect(report.missing.map((s) => s.id).sort()).toEqual(
          missionStrings(mission)
            .filter(needsTranslation)
            .map((s) => s.id)
            .filter((id) => !wanted.has(id))
            .sort(),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('writes a translated table out again with the same translations (a second round keeps the work)', () => {
    fc.assert(
      fc.property(translatedTable, ({ mission, table }) => {
        const first = read(mission, table).parsed.translation;
        const again = exportStrings(mission, { language: 'fr', translations: [first] }).text;
        const second = read(mission, again).parsed.translation;
        expect(new Map([...second.entries].map(([id, e]) => [id, e.text]))).toEqual(
          new Map([...first.entries].map(([id, e]) => [id, e.text])),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('keeps any source text a mission holds, cell for cell', () => {
    const withTexts = fc.tuple(seededMission, fc.infiniteStream(anyText)).map(([mission, texts]) => {
      for (const n of mission.nodes)
        if (n.type === 'narration' || n.type === 'dialog') n.data.lines = n.data.lines.map(() => texts.next().value as string);
      return mission;
    });
    fc.assert(
      fc.property(withTexts, (mission) => {
        const rows = Papa.parse<Record<string, string>>(exportStrings(mission).text.replace(/^\uFEFF/, ''), {
          header: true,
          skipEmptyLines: true,
        });
        expect(rows.errors).toEqual([]);
        const protectedText = (t: string) => (/^'*[=+\-@\t\r]/.test(t) ? `'${t}` : t);
        expect(rows.data.map((r) => [r['string_id'], r['source_text']])).toEqual(
          missionStrings(mission)
            .filter(needsTranslation)
            .map((s) => [s.id, protectedText(s.text)]),
        );
      }),
      { numRuns: 150 },
    );
  });
});
