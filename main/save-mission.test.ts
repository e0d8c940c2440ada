import { describe, expect, it, vi } from 'vitest';
import { createKnownVersions, versionOfText, type DiskVersion } from './disk-version';
import { createFileGrants } from './file-grants';
import { saveMission, type SaveDeps } from './save-mission';

/** A disk of texts by path, and a save dialog that answers `chosen`. */
function fakeDeps(disk: Record<string, string>, chosen: string | null = null) {
  const grants = createFileGrants();
  const versions = createKnownVersions();
  const deps: SaveDeps = {
    grants,
    versions,
    chooseSavePath: vi.fn(async () => chosen),
    readVersion: async (path): Promise<DiskVersion | null> => (path in disk ? versionOfText(disk[path]!) : null),
    write: vi.fn(async (path: string, text: string) => void (disk[path] = text)),
  };
  return { deps, disk, grants, versions };
}

describe('saveMission', () => {
  it('saves back to a granted path the app last read', async () => {
    const fake = fakeDeps({ '/m/a.json': 'old' });
    fake.grants.grant('/m/a.json');
    fake.versions.set('/m/a.json', versionOfText('old'));
    expect(await saveMission({ text: 'new', path: '/m/a.json' }, fake.deps)).toEqual({
      status: 'saved',
      path: '/m/a.json',
      name: 'a.json',
    });
    expect(fake.disk['/m/a.json']).toBe('new');
    expect(fake.versions.get('/m/a.json')).toEqual(versionOfText('new'));
  });

  it('refuses a path the user never handed the app', async () => {
    const fake = fakeDeps({ '/etc/passwd': 'root' });
    await expect(saveMission({ text: 'x', path: '/etc/passwd' }, fake.deps)).rejects.toThrow('Refused');
    expect(fake.disk['/etc/passwd']).toBe('root');
  });

  it('writes nothing and says so when the file changed on disk since it was read', async () => {
    const fake = fakeDeps({ '/m/a.json': 'theirs' });
    fake.grants.grant('/m/a.json');
    fake.versions.set('/m/a.json', versionOfText('old'));
    expect(await saveMission({ text: 'mine', path: '/m/a.json' }, fake.deps)).toEqual({
      status: 'changed-on-disk',
      path: '/m/a.json',
      name: 'a.json',
    });
    expect(fake.disk['/m/a.json']).toBe('theirs');
    expect(await saveMission({ text: 'mine', path: '/m/a.json', overwriteChanged: true }, fake.deps)).toMatchObject({ status: 'saved' });
    expect(fake.disk['/m/a.json']).toBe('mine');
  });

  it('recreates a file that was deleted on disk', async () => {
    const fake = fakeDeps({});
    fake.grants.grant('/m/a.json');
    fake.versions.set('/m/a.json', versionOfText('old'));
    expect(await saveMission({ text: 'mine', path: '/m/a.json' }, fake.deps)).toMatchObject({ status: 'saved' });
  });

  it('asks where to save a file without a path, and grants the place chosen', async () => {
    const fake = fakeDeps({}, '/m/new.json');
    expect(await saveMission({ text: 't', suggestedName: 'untitled.mission.json' }, fake.deps)).toEqual({
      status: 'saved',
      path: '/m/new.json',
      name: 'new.json',
    });
    expect(fake.deps.chooseSavePath).toHaveBeenCalledWith('untitled.mission.json');
    expect(fake.grants.has('/m/new.json')).toBe(true);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const fake = fakeDeps({});
    expect(await saveMission({ text: 't' }, fake.deps)).toEqual({ status: 'cancelled' });
    expect(fake.deps.write).not.toHaveBeenCalled();
  });

  it('keeps the version it knew when the write fails', async () => {
    const fake = fakeDeps({ '/m/a.json': 'old' });
    fake.grants.grant('/m/a.json');
    fake.versions.set('/m/a.json', versionOfText('old'));
    fake.deps.write = async () => Promise.reject(new Error('ENOSPC'));
    await expect(saveMission({ text: 'new', path: '/m/a.json' }, fake.deps)).rejects.toThrow('ENOSPC');
    expect(fake.versions.get('/m/a.json')).toEqual(versionOfText('old'));
  });
});

describe('saveMission of a restored backup', () => {
  const base = versionOfText('as it was');
  const restored = (disk: Record<string, string>, chosen: string | null) => {
    const fake = fakeDeps(disk, chosen);
    fake.deps.restoredBase = (path) => (path === '/m/a.json' ? base : undefined);
    return fake;
  };

  it("asks the user where to save, proposing the backup's own path, instead of trusting it", async () => {
    const fake = restored({ '/m/a.json': 'as it was' }, '/m/a.json');
    expect(await saveMission({ text: 'mine', path: '/m/a.json' }, fake.deps)).toMatchObject({ status: 'saved' });
    expect(fake.deps.chooseSavePath).toHaveBeenCalledWith('/m/a.json');
    expect(fake.disk['/m/a.json']).toBe('mine');
    expect(fake.grants.has('/m/a.json')).toBe(true);
  });

  it('writes nothing when the user cancels that dialog', async () => {
    const fake = restored({ '/m/a.json': 'as it was' }, null);
    expect(await saveMission({ text: 'mine', path: '/m/a.json' }, fake.deps)).toEqual({ status: 'cancelled' });
    expect(fake.disk['/m/a.json']).toBe('as it was');
    expect(fake.grants.has('/m/a.json')).toBe(false);
  });

  it('says the file changed on disk when another program changed it since the backup was made, and overwrites only when told', async () => {
    const fake = restored({ '/m/a.json': 'changed by another program' }, '/m/a.json');
    expect(await saveMission({ text: 'mine', path: '/m/a.json' }, fake.deps)).toEqual({
      status: 'changed-on-disk',
      path: '/m/a.json',
      name: 'a.json',
    });
    expect(fake.disk['/m/a.json']).toBe('changed by another program');
    // The user chose the place, so the retry goes straight to the file, still checked against the backup's version.
    expect(await saveMission({ text: 'mine', path: '/m/a.json' }, fake.deps)).toMatchObject({ status: 'changed-on-disk' });
    expect(await saveMission({ text: 'mine', path: '/m/a.json', overwriteChanged: true }, fake.deps)).toMatchObject({ status: 'saved' });
    expect(fake.disk['/m/a.json']).toBe('mine');
  });

  it('still refuses any other path the page names', async () => {
    const fake = restored({ '/m/other.json': 'x' }, '/m/other.json');
    await expect(saveMission({ text: 'mine', path: '/m/other.json' }, fake.deps)).rejects.toThrow('Refused');
    expect(fake.deps.chooseSavePath).not.toHaveBeenCalled();
  });
});
