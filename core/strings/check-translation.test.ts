import { describe, expect, it } from 'vitest';
import { exportStrings } from '../export/strings/export-strings';
import { smallMission } from '../test-support/mission-builder';
import { checkTranslation, checkTranslations, coveragePercent, translationDiagnostics, translationSummaries } from './check-translation';
import { parseStringTable } from './parse-string-table';

const withLanguages = () => {
  const mission = smallMission();
  mission.meta.languages = ['en', 'fr'];
  return mission;
};

/** The small mission's table with every translation filled in as `fr:<source>`. */
function frenchTable(edit: (rows: string[][]) => void = () => {}): string {
  const [header, ...rows] = exportStrings(withLanguages())
    .text.replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  for (const row of rows) row[3] = `fr:${row[0]}`;
  edit(rows);
  return [header, ...rows].map((r) => (r as string[]).join(',')).join('\r\n');
}

const parse = (text: string) => {
  const parsed = parseStringTable(text, 'small.fr.strings.csv', 'fr');
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  return parsed.translation;
};

describe('checkTranslation', () => {
  it('finds a complete, current translation complete', () => {
    const report = checkTranslation(withLanguages(), parse(frenchTable()));
    expect(report).toMatchObject({ missing: [], stale: [], unknown: [], tooLong: [] });
    expect(report.current).toBe(report.total);
    expect(coveragePercent(report)).toBe(100);
  });

  it('reports a string whose source text changed since it was translated as stale, at its row', () => {
    const mission = withLanguages();
    const translation = parse(frenchTable());
    const talk = mission.nodes.find((n) => n.id === 'talk');
    if (talk?.type !== 'dialog') throw new Error('no talk');
    talk.data.lines[0] = 'What will it be, then?';
    const report = checkTranslation(mission, translation);
    expect(report.stale.map((s) => s.string.id)).toEqual(['talk.line.1']);
    expect(translationDiagnostics(report)).toContainEqual(
      expect.objectContaining({
        code: 'stale-translation',
        nodeId: 'talk',
        range: expect.objectContaining({ line: translation.entries.get('talk.line.1')?.line }),
      }),
    );
  });

  it('reports rows that name no string as unknown, and strings without a row as missing', () => {
    const translation = parse(
      frenchTable((rows) => {
        rows.splice(
          rows.findIndex((r) => r[0] === 'win.text'),
          1,
        );
        rows.push(['talk.gone.text', '', 'Gone', 'fr:gone', '', '', '', 'abcd1234']);
      }),
    );
    const report = checkTranslation(withLanguages(), translation);
    expect(report.missing.map((s) => s.id)).toEqual(['win.text']);
    expect(report.unknown.map((e) => e.id)).toEqual(['talk.gone.text']);
    expect(coveragePercent(report)).toBeLessThan(100);
    const codes = translationDiagnostics(report).map((d) => d.code);
    expect(codes).toEqual(['missing-translation', 'unknown-string-id']);
  });

  it('reports a translated choice longer than a button has room for', () => {
    const translation = parse(
      frenchTable((rows) => {
        const row = rows.find((r) => r[0] === 'talk.bribe.text') as string[];
        row[3] = 'x'.repeat(121);
      }),
    );
    expect(checkTranslation(withLanguages(), translation).tooLong).toEqual([expect.objectContaining({ max: 120 })]);
  });
});

describe('translationSummaries', () => {
  it('gives one row per language and kind, its strings as details, pointing at the declared language', () => {
    const mission = withLanguages();
    const [report] = checkTranslations(mission, []);
    const summaries = translationSummaries(mission, report ? [report] : []);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ code: 'missing-translation', severity: 'warning', path: '/meta/languages/1' });
    expect(summaries[0]?.details).toHaveLength(report?.total ?? -1);
    expect(summaries[0]?.details?.[0]?.message).toMatch(/^mission\.title: "Small"$/);
  });

  it('checks every declared language but the source, and none for a mission in one language', () => {
    expect(checkTranslations(withLanguages(), []).map((r) => r.language)).toEqual(['fr']);
    expect(checkTranslations(smallMission(), [])).toEqual([]);
  });
});
