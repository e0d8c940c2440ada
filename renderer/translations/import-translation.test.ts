import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settle, testServices } from '../test-support/test-services';
import { translationStatus } from './translation-status';
import { applyTable, readSiblingTranslations, readTable } from './import-translation';
import { createTranslationStore } from './translation-store';
import type { Host } from '../host/host.types';

const GERMAN = readFileSync('e2e/support/second-wave.de.strings.csv', 'utf8');
const SECOND_WAVE = readFileSync('missions/second-wave.mission.json', 'utf8');

async function secondWave() {
  const services = testServices();
  services.store.getState().openText({ name: 'second-wave.mission.json' }, SECOND_WAVE);
  await settle();
  const notes: string[] = [];
  return { ...services, notes, ctx: { ...services.ctx, notify: (m: string) => void notes.push(m) } };
}

describe('importing a translation', () => {
  it("declares the table's language as an undoable edit, keeps the table, and says how far it is translated", async () => {
    const { store, translations, ctx, notes } = await secondWave();
    expect(applyTable(ctx, 'second-wave.de.strings.csv', GERMAN)).toBe(true);
    expect(store.getState().doc?.mission.meta.languages).toEqual(['en', 'de']);
    expect(translations.getState().translations.map((t) => t.language)).toEqual(['de']);
    expect(notes.at(-1)).toMatch(/^Imported second-wave\.de\.strings\.csv: de \d+% translated \(\d+ missing, 1 unknown\); de added/);
    const status = translationStatus(store.getState().doc?.mission ?? null, translations.getState().translations);
    expect(status.summaries.map((d) => d.code)).toEqual(['missing-translation', 'unknown-string-id']);
    store.getState().undo();
    expect(store.getState().doc?.mission.meta.languages).toEqual(['en']);
    expect(translationStatus(store.getState().doc?.mission ?? null, translations.getState().translations).summaries).toEqual([]);
  });

  it('refuses a table whose name does not say its language, and one in the source language', async () => {
    expect(readTable('German.csv', GERMAN)).toMatchObject({ ok: false, message: expect.stringContaining('does not say its language') });
    const { ctx, notes } = await secondWave();
    expect(applyTable(ctx, 'second-wave.en.strings.csv', GERMAN)).toBe(false);
    expect(notes.at(-1)).toContain("the mission's source language");
  });

  it('names the line of a table that does not read, and of a row that does not', async () => {
    const { ctx, notes } = await secondWave();
    applyTable(ctx, 'second-wave.de.strings.csv', `${GERMAN}mission.summary,,x,"never closed\r\n`);
    expect(notes.at(-1)).toMatch(/1 problem in the table, the first at line 8: Quoted field unterminated/);
    expect(readTable('x.de.strings.csv', 'id,text\r\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^x\.de\.strings\.csv:1:1: /),
    });
  });
});

describe('the tables beside a mission file', () => {
  it('are read as the file opens where the host can, and the broken ones named', async () => {
    const host = {
      readTranslationTables: async () => [
        { name: 'second-wave.de.strings.csv', text: GERMAN },
        { name: 'second-wave.fr.strings.csv', text: 'id,text' },
      ],
    } as unknown as Host;
    const store = createTranslationStore();
    const notes: string[] = [];
    await readSiblingTranslations(
      host,
      { name: 'second-wave.mission.json', path: '/m/second-wave.mission.json' },
      () => true,
      store,
      (m) => void notes.push(m),
    );
    expect(store.getState().translations.map((t) => t.language)).toEqual(['de']);
    expect(notes).toEqual([expect.stringContaining('second-wave.fr.strings.csv:1:1')]);
  });

  it('are not read for a file without a path, or once another file is open', async () => {
    let asked = 0;
    const host = {
      readTranslationTables: async () => (asked++, [{ name: 'second-wave.de.strings.csv', text: GERMAN }]),
    } as unknown as Host;
    const store = createTranslationStore();
    await readSiblingTranslations(
      host,
      { name: 'x.mission.json' },
      () => true,
      store,
      () => undefined,
    );
    expect(asked).toBe(0);
    await readSiblingTranslations(
      host,
      { name: 'x.mission.json', path: '/x.mission.json' },
      () => false,
      store,
      () => undefined,
    );
    expect(store.getState().translations).toEqual([]);
  });
});
