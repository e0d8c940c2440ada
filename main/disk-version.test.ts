import { describe, expect, it, vi } from 'vitest';
import { readDiskVersion, sameVersion, versionOfBytes, versionOfText, type VersionFs } from './disk-version';

function fakeFs(files: Record<string, { text: string; mtimeMs: number }>) {
  const reads: string[] = [];
  const fs: VersionFs = {
    stat: async (path) => {
      const file = files[path];
      if (!file) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return { size: Buffer.byteLength(file.text), mtimeMs: file.mtimeMs, isFile: () => true };
    },
    readFile: async (path) => {
      reads.push(path);
      return Buffer.from(files[path]!.text);
    },
  };
  return { fs, reads };
}

describe('versionOfText', () => {
  it('counts UTF-8 bytes and hashes them as written', () => {
    const version = versionOfText('Défera');
    expect(version.size).toBe(7);
    expect(sameVersion(version, versionOfBytes(Buffer.from('Défera'), 5))).toBe(true);
    expect(sameVersion(version, versionOfText('Defera'))).toBe(false);
  });
});

describe('sameVersion', () => {
  it('treats a touched file with the same bytes as the same version', () => {
    expect(sameVersion(versionOfBytes(Buffer.from('a'), 1), versionOfBytes(Buffer.from('a'), 2))).toBe(true);
  });
});

describe('readDiskVersion', () => {
  it('skips reading when size and time match the known version', async () => {
    const { fs, reads } = fakeFs({ '/m.json': { text: 'abc', mtimeMs: 10 } });
    const known = await readDiskVersion('/m.json', undefined, fs);
    expect(reads).toEqual(['/m.json']);
    expect(await readDiskVersion('/m.json', known!, fs)).toBe(known);
    expect(reads).toEqual(['/m.json']);
  });

  it('hashes the file when its time changed, so a real edit is told from a touch', async () => {
    const files = { '/m.json': { text: 'abc', mtimeMs: 10 } };
    const { fs } = fakeFs(files);
    const known = (await readDiskVersion('/m.json', undefined, fs))!;
    files['/m.json'] = { text: 'abc', mtimeMs: 20 };
    expect(sameVersion((await readDiskVersion('/m.json', known, fs))!, known)).toBe(true);
    files['/m.json'] = { text: 'abd', mtimeMs: 30 };
    expect(sameVersion((await readDiskVersion('/m.json', known, fs))!, known)).toBe(false);
  });

  it('returns null for a missing file or a folder', async () => {
    expect(await readDiskVersion('/absent', undefined, fakeFs({}).fs)).toBeNull();
    const folder: VersionFs = { stat: async () => ({ size: 0, mtimeMs: 0, isFile: () => false }), readFile: vi.fn() };
    expect(await readDiskVersion('/dir', undefined, folder)).toBeNull();
  });
});
