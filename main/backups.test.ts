import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, createBackupStore, formatBackupRecord, MAX_BACKUPS, parseBackupRecord } from './backups';

let folder: string;
let clock: number;
const now = () => clock;

beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'backups-')), 'backups');
  clock = 1_700_000_000_000;
});

afterEach(() => {
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

describe('createBackupStore', () => {
  it('writes one file per document and reads it back with the time it was saved', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ name: 'ds9.mission.json', path: '/home/pat/ds9.mission.json', text: 'v1' });
    clock += 1000;
    await store.write({ name: 'ds9.mission.json', path: '/home/pat/ds9.mission.json', text: 'v2' });
    await store.write({ name: 'untitled.mission.json', text: 'new' });
    expect(readdirSync(folder)).toHaveLength(2);
    expect(await store.read({ name: 'ds9.mission.json', path: '/home/pat/ds9.mission.json' })).toEqual({
      name: 'ds9.mission.json',
      path: '/home/pat/ds9.mission.json',
      text: 'v2',
      savedAt: clock,
    });
  });

  it('lists summaries newest first, without their text', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ name: 'a.json', text: 'a' });
    clock += 5;
    await store.write({ name: 'b.json', path: '/b.json', text: 'b' });
    expect(await store.list()).toEqual([
      { name: 'b.json', path: '/b.json', savedAt: clock },
      { name: 'a.json', savedAt: clock - 5 },
    ]);
  });

  it('removes a document\'s backup, and lists nothing for a folder that does not exist', async () => {
    const store = createBackupStore(folder, now);
    expect(await store.list()).toEqual([]);
    await store.write({ name: 'a.json', text: 'a' });
    await store.remove({ name: 'a.json' });
    await store.remove({ name: 'never-written.json' });
    expect(await store.list()).toEqual([]);
    expect(await store.read({ name: 'a.json' })).toBeNull();
  });

  it('skips damaged, foreign and misnamed files instead of failing', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ name: 'good.json', text: 'ok' });
    writeFileSync(join(folder, `${'a'.repeat(32)}.json`), '{ half a reco');
    writeFileSync(join(folder, `${'b'.repeat(32)}.json`), formatBackupRecord({ name: 'moved.json', text: 'x' }, 1));
    writeFileSync(join(folder, 'notes.txt'), 'hello');
    expect((await store.list()).map((b) => b.name)).toEqual(['good.json']);
  });

  it(`keeps at most ${MAX_BACKUPS} backups, dropping the oldest`, async () => {
    const store = createBackupStore(folder, now);
    for (let i = 0; i <= MAX_BACKUPS; i++) {
      clock += 1;
      await store.write({ name: `m${i}.json`, text: String(i) });
    }
    const names = (await store.list()).map((b) => b.name);
    expect(names).toHaveLength(MAX_BACKUPS);
    expect(names).not.toContain('m0.json');
    expect(names[0]).toBe(`m${MAX_BACKUPS}.json`);
  });

  it('carries out a removal after a write asked for before it, even when both are in flight', async () => {
    const store = createBackupStore(folder, now);
    const writing = store.write({ name: 'a.json', text: 'late' });
    const removing = store.remove({ name: 'a.json' });
    await Promise.all([writing, removing]);
    expect(await store.list()).toEqual([]);
  });

  it('writes atomically: a backup file is always a whole record', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ name: 'a.json', text: 'x'.repeat(10_000) });
    const [file] = readdirSync(folder);
    expect(parseBackupRecord(readFileSync(join(folder, file!), 'utf8'))?.text).toHaveLength(10_000);
  });
});

describe('backupFileName', () => {
  it('tells a file with a path from an untitled one of the same name', () => {
    expect(backupFileName({ name: 'a.json', path: 'a.json' })).not.toBe(backupFileName({ name: 'a.json' }));
    expect(backupFileName({ name: 'x', path: '/p/a.json' })).toBe(backupFileName({ name: 'y', path: '/p/a.json' }));
    expect(backupFileName({ name: 'a.json' })).toMatch(/^[0-9a-f]{32}\.json$/);
  });
});

describe('parseBackupRecord', () => {
  it('reads back every record it formats', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('\0')),
        fc.option(fc.string({ minLength: 1 }).filter((s) => !s.includes('\0')), { nil: undefined }),
        fc.string(),
        fc.integer({ min: 0 }),
        (name, path, text, savedAt) => {
          const backup = path === undefined ? { name, text } : { name, path, text };
          expect(parseBackupRecord(formatBackupRecord(backup, savedAt))).toEqual({ ...backup, savedAt });
        },
      ),
    );
  });

  it('refuses records of another kind, version or shape', () => {
    expect(parseBackupRecord('[]')).toBeNull();
    expect(parseBackupRecord(JSON.stringify({ kind: 'other', version: 1, name: 'a', savedAt: 1, text: '' }))).toBeNull();
    expect(parseBackupRecord(JSON.stringify({ kind: 'mission-studio-backup', version: 2, name: 'a', savedAt: 1, text: '' }))).toBeNull();
    expect(parseBackupRecord(JSON.stringify({ kind: 'mission-studio-backup', version: 1, name: 'a', savedAt: 'x', text: '' }))).toBeNull();
    expect(parseBackupRecord(JSON.stringify({ kind: 'mission-studio-backup', version: 1, name: 'a', savedAt: 1, text: '', extra: 1 }))).toBeNull();
  });
});
