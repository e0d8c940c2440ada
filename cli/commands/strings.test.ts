import { describe, expect, it } from 'vitest';
import { csvText } from '@mission-studio/core/export';
import { exportStrings } from '@mission-studio/core/export';
import { loadMission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import { STRING_TABLE_COLUMNS, stringTableRows } from '@mission-studio/core/strings';
import { loadRuntime } from '@mission-studio/core/runtime';
import { smallMission } from '@mission-studio/core/test-support';
import { fakeIo } from '../fake-io';
import { main } from '../main';

const bilingual = () => {
  const m = smallMission();
  m.meta.languages = ['en', 'fr'];
  return m;
};

/** The table `export --format strings --lang fr` writes, every row translated as `FR <source>`. */
async function translatedTable(missionText: string): Promise<string> {
  const io = fakeIo({ 'small.mission.json': missionText });
  expect(await main(['export', 'small.mission.json', '--format', 'strings', '--lang', 'fr', '-o', 'out.csv'], io)).toBe(0);
  const mission = loadMission(missionText).mission!;
  expect(io.files['out.csv']).toBe(exportStrings(mission, { language: 'fr' }).text);
  const rows = stringTableRows(mission).map((row) =>
    STRING_TABLE_COLUMNS.map((c) => (c === 'translation' ? `FR ${row.source_text}` : row[c])),
  );
  return csvText(STRING_TABLE_COLUMNS, rows);
}

describe('mission-studio strings check', () => {
  it('exits 0 for a complete, current table beside the mission, with its coverage on stderr', async () => {
    const mission = serializeMission(bilingual());
    const io = fakeIo({ 'small.mission.json': mission, 'small.fr.strings.csv': await translatedTable(mission) });
    expect(await main(['strings', 'check', 'small.mission.json'], io)).toBe(0);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^small\.fr\.strings\.csv: fr 100% \(\d+ of \d+ current\): 0 missing, 0 stale, 0 unknown, 0 too long\n$/);
  });

  it('lists stale and unknown rows at their lines and missing strings, and exits 1', async () => {
    const before = bilingual();
    const table = (await translatedTable(serializeMission(before))).replace(/\r\nwin\.text,[^\r]*/, '\r\nold.text,,x,FR x,,,,00000000');
    const after = bilingual();
    const talk = after.nodes.find((n) => n.id === 'talk');
    if (talk?.type === 'dialog') talk.data.lines[0] = 'Changed.';
    const io = fakeIo({ 'small.mission.json': serializeMission(after), 'small.fr.strings.csv': table });
    expect(await main(['strings', 'check', 'small.mission.json'], io)).toBe(1);
    expect(io.stdout).toMatch(/^small\.fr\.strings\.csv:1:1 warning missing-translation win\.text has no fr translation/m);
    expect(io.stdout).toMatch(/^small\.fr\.strings\.csv:\d+:1 warning stale-translation talk\.line\.1: the source text changed/m);
    expect(io.stdout).toMatch(/^small\.fr\.strings\.csv:\d+:1 warning unknown-string-id old\.text is no string of the mission/m);
  });

  it('says a declared language has no table, and exits 1', async () => {
    const io = fakeIo({ 'small.mission.json': serializeMission(bilingual()) });
    expect(await main(['strings', 'check', 'small.mission.json'], io)).toBe(1);
    expect(io.stdout).toContain('there is no fr table');
  });

  it('checks a table named on the command line, its language from --lang, as JSON', async () => {
    const mission = serializeMission(bilingual());
    const io = fakeIo({ 'small.mission.json': mission, 'from-agency.csv': await translatedTable(mission) });
    expect(await main(['strings', 'check', 'small.mission.json', 'from-agency.csv', '--lang', 'fr', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ file: 'from-agency.csv', language: 'fr', coverage: 100, diagnostics: [] });
    const unnamed = fakeIo({ 'small.mission.json': mission, 'from-agency.csv': '' });
    expect(await main(['strings', 'check', 'small.mission.json', 'from-agency.csv'], unnamed)).toBe(2);
    expect(unnamed.stderr).toContain('say it with --lang L');
  });

  it('exits 2 for a file that is not a string table, naming it and the line', async () => {
    const io = fakeIo({ 'small.mission.json': serializeMission(bilingual()), 'small.fr.strings.csv': 'line_id,speaker,text\r\n' });
    expect(await main(['strings', 'check', 'small.mission.json'], io)).toBe(2);
    expect(io.stderr).toMatch(/^small\.fr\.strings\.csv:1:1 error translation-table small\.fr\.strings\.csv is not a string table/);
  });
});

describe('mission-studio export with translations beside the mission', () => {
  it('puts the table of each declared language into the runtime file', async () => {
    const mission = serializeMission(bilingual());
    const io = fakeIo({ 'small.mission.json': mission, 'small.fr.strings.csv': await translatedTable(mission) });
    expect(await main(['export', 'small.mission.json', '--format', 'runtime', '-o', 'small.runtime.json'], io)).toBe(0);
    const file = loadRuntime(io.files['small.runtime.json'] as string);
    expect(file.languages).toEqual(['en', 'fr']);
    expect(file.strings['fr']?.['talk.line.1']).toBe('FR What will it be?');
  });
});
