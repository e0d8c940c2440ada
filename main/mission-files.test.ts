import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileGrants } from './file-grants';
import { openGrantedFile, readMissionFile, writeFileAtomically } from './mission-files';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'mission-files-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('readMissionFile', () => {
  it('reads a file as UTF-8 with its name and path', async () => {
    const path = join(folder, 'ds9.mission.json');
    writeFileSync(path, '{"title":"Défera"}');
    expect(await readMissionFile(path)).toEqual({ path, name: 'ds9.mission.json', text: '{"title":"Défera"}' });
  });

  it('rejects a folder and a missing file', async () => {
    await expect(readMissionFile(folder)).rejects.toThrow('is not a file');
    await expect(readMissionFile(join(folder, 'absent.json'))).rejects.toThrow();
  });
});

describe('openGrantedFile', () => {
  it('grants the path it read, and nothing when the read fails', async () => {
    const grants = createFileGrants();
    const path = join(folder, 'a.json');
    writeFileSync(path, '{}');
    await openGrantedFile(grants, path);
    expect(grants.has(path)).toBe(true);
    await expect(openGrantedFile(grants, join(folder, 'b.json'))).rejects.toThrow();
    expect(grants.has(join(folder, 'b.json'))).toBe(false);
  });
});

describe('writeFileAtomically', () => {
  it('creates a new file and replaces an existing one, leaving no temporary file', async () => {
    const path = join(folder, 'out.json');
    await writeFileAtomically(path, 'first');
    expect(readFileSync(path, 'utf8')).toBe('first');
    await writeFileAtomically(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(folder)).toEqual(['out.json']);
  });

  it('leaves the target untouched and removes its temporary file when the final rename fails', async () => {
    // A non-empty folder at the target path: writing the temp file works, renaming over it cannot.
    const path = join(folder, 'target.json');
    mkdirSync(path);
    writeFileSync(join(path, 'keep.txt'), 'kept');
    await expect(writeFileAtomically(path, 'new text')).rejects.toThrow();
    expect(readFileSync(join(path, 'keep.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(folder)).toEqual(['target.json']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomically(join(folder, 'missing', 'x.json'), 'text')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
  });
});
