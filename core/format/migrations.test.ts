import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from './load';
import { migrateDocument, type Migration } from './migrations';
import { FORMAT_ID } from './mission.types';
import { serializeMission } from './serialize';

// A tutorial mission as version 1 wrote it, kept as a regression input: every later build must still open it.
const V1_FIXTURE = 'core/format/fixtures/tutorial.v1.mission.json';

describe('migrateDocument', () => {
  it('leaves a current document as it is', () => {
    const doc = { format: FORMAT_ID };
    expect(migrateDocument(doc)).toEqual({ ok: true, document: doc, applied: [] });
  });

  it('runs named migrations in order up to the current format', () => {
    const steps: Migration[] = [
      {
        name: 'rename-title',
        from: 'mission-studio/0',
        to: 'mission-studio/0.5',
        migrate: (d) => ({ ...d, format: 'mission-studio/0.5', title: d.name }),
      },
      { name: 'add-edges', from: 'mission-studio/0.5', to: FORMAT_ID, migrate: (d) => ({ ...d, format: FORMAT_ID, edges: [] }) },
    ];
    const result = migrateDocument({ format: 'mission-studio/0', name: 'x' }, steps);
    expect(result).toEqual({
      ok: true,
      applied: ['rename-title', 'add-edges'],
      document: { format: FORMAT_ID, name: 'x', title: 'x', edges: [] },
    });
  });

  it('refuses a document without a format string', () => {
    expect(migrateDocument({})).toMatchObject({ ok: false });
  });

  it('stops a migration list that loops', () => {
    const loop: Migration[] = [{ name: 'a', from: 'mission-studio/0', to: 'mission-studio/0', migrate: (d) => d }];
    expect(migrateDocument({ format: 'mission-studio/0' }, loop)).toMatchObject({ ok: false, message: expect.stringContaining('loop') });
  });

  it('declares English as the source language of a version 1 document', () => {
    const result = migrateDocument({ format: 'mission-studio/1', meta: { id: 'x', title: 'X' } });
    expect(result).toEqual({
      ok: true,
      applied: ['declare-source-language'],
      document: { format: 'mission-studio/2', meta: { id: 'x', title: 'X', languages: ['en'] } },
    });
  });

  it('keeps a version 1 meta that is not an object for the schema check to report', () => {
    expect(migrateDocument({ format: 'mission-studio/1', meta: [1] })).toMatchObject({
      ok: true,
      document: { format: 'mission-studio/2', meta: [1] },
    });
  });
});

describe('the version 1 fixture', () => {
  const v1 = readFileSync(V1_FIXTURE, 'utf8');

  it('is still a version 1 file', () => {
    expect(JSON.parse(v1).format).toBe('mission-studio/1');
  });

  it('loads clean through the migration and saves as version 2 with its source language', () => {
    const loaded = loadMission(v1);
    expect(loaded.migrations).toEqual(['declare-source-language']);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.mission?.format).toBe('mission-studio/2');
    expect(loaded.mission?.meta.languages).toEqual(['en']);
    const saved = serializeMission(loaded.mission!);
    expect(saved).toContain('"format": "mission-studio/2"');
    expect(loadMission(saved)).toMatchObject({ migrations: [], diagnostics: [] });
  });

  it('keeps everything else of the file as it was', () => {
    const before = JSON.parse(v1);
    const after = loadMission(v1).mission!;
    expect({ ...after, format: before.format, meta: { ...after.meta, languages: undefined } }).toEqual({
      ...before,
      meta: { ...before.meta, languages: undefined },
    });
  });
});
