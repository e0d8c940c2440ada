import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKnownVersions, sameVersion, versionOfText } from './disk-version';
import { createFileGrants } from './file-grants';
import { isTempFileOf, nodeAtomicWriteFs, openGrantedFile, writeFileAtomically, type AtomicWriteFs } from './mission-files';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'mission-files-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

type Step = 'open' | 'write' | 'sync' | 'close' | 'rename';

/** The real file system, except that `step` fails with an I/O error, as a full disk or a yanked drive would. */
function failingAt(step: Step): AtomicWriteFs {
  const fail = () => Promise.reject(Object.assign(new Error(`EIO: injected failure at ${step}`), { code: 'EIO' }));
  return {
    ...nodeAtomicWriteFs,
    async open(path, flags, mode) {
      if (step === 'open') return fail();
      const handle = await nodeAtomicWriteFs.open(path, flags, mode);
      return {
        // A failed write may have put part of the text on disk first: do that, then fail.
        writeFile: async (text, encoding) =>
          step === 'write' ? handle.writeFile(text.slice(0, 10), encoding).then(fail) : handle.writeFile(text, encoding),
        sync: () => (step === 'sync' ? fail() : handle.sync()),
        close: () => (step === 'close' ? handle.close().then(fail) : handle.close()),
      };
    },
    rename: (from, to) => (step === 'rename' ? fail() : nodeAtomicWriteFs.rename(from, to)),
  };
}

describe('openGrantedFile', () => {
  it('reads a file as UTF-8 with its name and path', async () => {
    const path = join(folder, 'ds9.mission.json');
    writeFileSync(path, '{"title":"Défera"}');
    expect(await openGrantedFile(createFileGrants(), path)).toEqual({ path, name: 'ds9.mission.json', text: '{"title":"Défera"}' });
  });

  it('rejects a folder and a missing file', async () => {
    await expect(openGrantedFile(createFileGrants(), folder)).rejects.toThrow('is not a file');
    await expect(openGrantedFile(createFileGrants(), join(folder, 'absent.json'))).rejects.toThrow();
  });

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

  for (const step of ['open', 'write', 'sync', 'close', 'rename'] as const) {
    it(`leaves the original intact and no temporary file when the ${step} step fails`, async () => {
      const path = join(folder, 'ds9.mission.json');
      writeFileSync(path, 'the original');
      await expect(writeFileAtomically(path, 'x'.repeat(100_000), { fs: failingAt(step) })).rejects.toThrow(`injected failure at ${step}`);
      expect(readFileSync(path, 'utf8')).toBe('the original');
      expect(readdirSync(folder)).toEqual(['ds9.mission.json']);
    });
  }

  it('creates nothing when writing a new file fails', async () => {
    await expect(writeFileAtomically(join(folder, 'new.json'), 'text', { fs: failingAt('sync') })).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
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

  it('runs the hook after the flushed temporary file exists and before the target changes', async () => {
    const path = join(folder, 'a.json');
    writeFileSync(path, 'old');
    let seen: { temp: string; target: string } | undefined;
    await writeFileAtomically(path, 'new', {
      beforeRename: async (temp) => {
        seen = { temp: readFileSync(temp, 'utf8'), target: readFileSync(path, 'utf8') };
      },
    });
    expect(seen).toEqual({ temp: 'new', target: 'old' });
  });

  it('replaces the file a symlink points to, keeping the link', async () => {
    const real = join(folder, 'real.json');
    const link = join(folder, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeFileAtomically(link, 'new');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(link).isFile()).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['link.json', 'real.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const path = join(folder, 'private.json');
    writeFileSync(path, 'old', { mode: 0o600 });
    await writeFileAtomically(path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('removes temporary files an earlier, killed save left beside the target, and only those', async () => {
    const path = join(folder, 'a.json');
    const stale = '.a.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp';
    writeFileSync(join(folder, stale), 'half');
    writeFileSync(join(folder, '.b.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp'), 'other file');
    await writeFileAtomically(path, 'new');
    expect(readdirSync(folder).sort()).toEqual(['.b.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp', 'a.json']);
  });
});

describe('isTempFileOf', () => {
  it('recognises only the temporary names a write to that target makes', () => {
    expect(isTempFileOf('/x/a.json', '.a.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp')).toBe(true);
    expect(isTempFileOf('/x/a.json', '.a.json.backup.tmp')).toBe(false);
    expect(isTempFileOf('/x/a.json', 'a.json')).toBe(false);
    expect(isTempFileOf('/x/a.json', '.ab.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp')).toBe(false);
  });
});

describe('openGrantedFile with known versions', () => {
  it('records the version of the bytes it read', async () => {
    const versions = createKnownVersions();
    const path = join(folder, 'v.json');
    writeFileSync(path, '{"a":"é"}');
    await openGrantedFile(createFileGrants(), path, versions);
    expect(sameVersion(versions.get(path)!, versionOfText('{"a":"é"}'))).toBe(true);
  });
});
