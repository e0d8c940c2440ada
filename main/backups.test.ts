import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, createBackupStore, formatBackupRecord, MAX_BACKUPS, parseBackupRecord } from './backups';
import { versionOfText } from './disk-version';

let folder: string;
let clock: number;
const now = () => clock;
const A = 'tab-aaaa.1';
const B = 'tab-bbbb.1';

beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'backups-')), 'backups');
  clock = 1_700_000_000_000;
});

afterEach(() => {
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

describe('createBackupStore', () => {
  it('writes one file per document session and reads it back with the time it was saved', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ id: A, name: 'ds9.mission.json', path: '/home/pat/ds9.mission.json', text: 'v1' });
    clock += 1000;
    await store.write({ id: A, name: 'ds9.mission.json', path: '/home/pat/ds9.mission.json', text: 'v2' });
    await store.write({ id: B, name: 'untitled.mission.json', text: 'new' });
    expect(readdirSync(folder)).toHaveLength(2);
    expect((await store.read({ id: A }))?.content).toEqual({
      id: A,
      name: 'ds9.mission.json',
      path: '/home/pat/ds9.mission.json',
      text: 'v2',
      savedAt: clock,
    });
  });

  it('keeps two sessions on files of the same name apart: removing one leaves the other', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ id: A, name: 'untitled.mission.json', text: 'tab A' });
    await store.write({ id: B, name: 'untitled.mission.json', text: 'tab B' });
    await store.remove({ id: A });
    expect((await store.read({ id: B }))?.content.text).toBe('tab B');
    expect(await store.read({ id: A })).toBeNull();
  });

  it('remembers the disk version the backup was made from', async () => {
    const store = createBackupStore(folder, now);
    const base = versionOfText('on disk');
    await store.write({ id: A, name: 'a.json', path: '/a.json', text: 'edited' }, base);
    expect((await store.read({ id: A }))?.base).toEqual({ size: base.size, hash: base.hash, mtimeMs: Number.NaN });
    await store.write({ id: B, name: 'new.json', text: 'x' });
    expect((await store.read({ id: B }))?.base).toBeNull();
  });

  it('lists summaries newest first, without their text', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ id: A, name: 'a.json', text: 'a' });
    clock += 5;
    await store.write({ id: B, name: 'b.json', path: '/b.json', text: 'b' });
    expect(await store.list()).toEqual([
      { id: B, name: 'b.json', path: '/b.json', savedAt: clock },
      { id: A, name: 'a.json', savedAt: clock - 5 },
    ]);
  });

  it("removes a session's backup, and lists nothing for a folder that does not exist", async () => {
    const store = createBackupStore(folder, now);
    expect(await store.list()).toEqual([]);
    await store.write({ id: A, name: 'a.json', text: 'a' });
    await store.remove({ id: A });
    await store.remove({ id: 'never-written' });
    expect(await store.list()).toEqual([]);
  });

  it('still offers a backup an older version wrote (keyed by path), under an id that names its file', async () => {
    mkdirSync(folder, { recursive: true });
    const file = `${createHash('sha256').update('path\0/old/a.json').digest('hex').slice(0, 32)}.json`;
    writeFileSync(
      join(folder, file),
      JSON.stringify({ kind: 'mission-studio-backup', version: 1, name: 'a.json', path: '/old/a.json', savedAt: 5, text: 'old work' }),
    );
    const store = createBackupStore(folder, now);
    const [listed] = await store.list();
    expect(listed).toMatchObject({ name: 'a.json', path: '/old/a.json', savedAt: 5 });
    expect((await store.read(listed!))?.content.text).toBe('old work');
    await store.remove(listed!);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('skips damaged, foreign and misnamed files instead of failing', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ id: A, name: 'good.json', text: 'ok' });
    writeFileSync(join(folder, `${'a'.repeat(32)}.json`), '{ half a reco');
    writeFileSync(join(folder, `${'b'.repeat(32)}.json`), formatBackupRecord({ id: B, name: 'moved.json', text: 'x' }, 1));
    writeFileSync(join(folder, 'notes.txt'), 'hello');
    expect((await store.list()).map((b) => b.name)).toEqual(['good.json']);
  });

  it(`keeps at most ${MAX_BACKUPS} backups, dropping the oldest`, async () => {
    const store = createBackupStore(folder, now);
    for (let i = 0; i <= MAX_BACKUPS; i++) {
      clock += 1;
      await store.write({ id: `session-${i}`, name: `m${i}.json`, text: String(i) });
    }
    const names = (await store.list()).map((b) => b.name);
    expect(names).toHaveLength(MAX_BACKUPS);
    expect(names).not.toContain('m0.json');
    expect(names[0]).toBe(`m${MAX_BACKUPS}.json`);
  });

  it('carries out a removal after a write asked for before it, even when both are in flight', async () => {
    const store = createBackupStore(folder, now);
    const writing = store.write({ id: A, name: 'a.json', text: 'late' });
    const removing = store.remove({ id: A });
    await Promise.all([writing, removing]);
    expect(await store.list()).toEqual([]);
  });

  it('writes atomically: a backup file is always a whole record', async () => {
    const store = createBackupStore(folder, now);
    await store.write({ id: A, name: 'a.json', text: 'x'.repeat(10_000) });
    const [file] = readdirSync(folder);
    expect(parseBackupRecord(readFileSync(join(folder, file!), 'utf8'), file!)?.content.text).toHaveLength(10_000);
  });
});

describe('backupFileName', () => {
  it('depends on the session id only, never on the file name or path', () => {
    expect(backupFileName({ id: A })).not.toBe(backupFileName({ id: B }));
    expect(backupFileName({ id: A })).toMatch(/^[0-9a-f]{32}\.json$/);
    expect(backupFileName({ id: 'legacy-../../etc' })).toMatch(/^[0-9a-f]{32}\.json$/);
  });
});

describe('parseBackupRecord', () => {
  it('reads back every record it formats', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('\0')),
        fc.option(
          fc.string({ minLength: 1 }).filter((s) => !s.includes('\0')),
          { nil: undefined },
        ),
        fc.string(),
        fc.integer({ min: 0 }),
        (name, path, text, savedAt) => {
          const backup = path === undefined ? { id: A, name, text } : { id: A, name, path, text };
          expect(parseBackupRecord(formatBackupRecord(backup, savedAt), backupFileName(backup))).toEqual({
            content: { ...backup, savedAt },
            base: null,
          });
        },
      ),
    );
  });

  it('refuses records of another kind, version or shape', () => {
    const file = backupFileName({ id: A });
    expect(parseBackupRecord('[]', file)).toBeNull();
    expect(parseBackupRecord(JSON.stringify({ kind: 'other', version: 2, id: A, name: 'a', savedAt: 1, text: '' }), file)).toBeNull();
    expect(
      parseBackupRecord(JSON.stringify({ kind: 'mission-studio-backup', version: 3, id: A, name: 'a', savedAt: 1, text: '' }), file),
    ).toBeNull();
    expect(
      parseBackupRecord(JSON.stringify({ kind: 'mission-studio-backup', version: 2, id: A, name: 'a', savedAt: 'x', text: '' }), file),
    ).toBeNull();
    expect(
      parseBackupRecord(
        JSON.stringify({ kind: 'mission-studio-backup', version: 2, id: A, name: 'a', savedAt: 1, text: '', extra: 1 }),
        file,
      ),
    ).toBeNull();
    expect(
      parseBackupRecord(
        JSON.stringify({ kind: 'mission-studio-backup', version: 2, id: A, name: 'a', savedAt: 1, text: '', base: { size: 1, hash: 'x' } }),
        file,
      ),
    ).toBeNull();
  });
});
