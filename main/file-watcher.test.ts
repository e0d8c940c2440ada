import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createKnownVersions, versionOfText, type DiskVersion } from './disk-version';
import { createFileWatcher, nodeWatchDeps, type WatchDeps } from './file-watcher';

const version = (hash: string, mtimeMs = 1): DiskVersion => ({ size: hash.length, mtimeMs, hash });

/** Folder events on demand and a file whose version the test sets. */
function fakeDeps(initial: DiskVersion | null) {
  let disk = initial;
  const folders: string[] = [];
  const listeners = new Set<(name: string | null) => void>();
  const deps: WatchDeps = {
    watchFolder(folder, onEvent) {
      folders.push(folder);
      listeners.add(onEvent);
      return () => void listeners.delete(onEvent);
    },
    readVersion: async () => disk,
  };
  return {
    deps,
    folders,
    listeners,
    setDisk: (next: DiskVersion | null) => void (disk = next),
    emit: (name: string | null) => listeners.forEach((l) => l(name)),
  };
}

describe('createFileWatcher', () => {
  it('watches the folder of the file and reports a version nobody in the app made', async () => {
    const fake = fakeDeps(version('old'));
    const known = createKnownVersions();
    known.set('/m/a.json', version('old'));
    const onChanged = vi.fn();
    const watcher = createFileWatcher(fake.deps, known, onChanged);
    watcher.watch('/m/a.json');
    expect(fake.folders).toEqual(['/m']);
    fake.setDisk(version('theirs', 2));
    fake.emit('a.json');
    await watcher.check();
    expect(onChanged).toHaveBeenCalledExactlyOnceWith('/m/a.json');
  });

  it('reports one version once, however many events arrive, and a further version again', async () => {
    const fake = fakeDeps(version('old'));
    const known = createKnownVersions();
    known.set('/m/a.json', version('old'));
    const onChanged = vi.fn();
    const watcher = createFileWatcher(fake.deps, known, onChanged);
    watcher.watch('/m/a.json');
    fake.setDisk(version('theirs'));
    for (let i = 0; i < 3; i++) await watcher.check();
    expect(onChanged).toHaveBeenCalledTimes(1);
    fake.setDisk(version('theirs again'));
    await watcher.check();
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it("stays quiet for the app's own write and for a touch that keeps the bytes", async () => {
    const fake = fakeDeps(version('old'));
    const known = createKnownVersions();
    known.set('/m/a.json', version('old'));
    const onChanged = vi.fn();
    const watcher = createFileWatcher(fake.deps, known, onChanged);
    watcher.watch('/m/a.json');
    fake.setDisk(version('old', 99));
    await watcher.check();
    known.set('/m/a.json', version('mine', Number.NaN));
    fake.setDisk(version('mine', 100));
    await watcher.check();
    expect(onChanged).not.toHaveBeenCalled();
    expect(known.get('/m/a.json')?.mtimeMs).toBe(100);
  });

  it('ignores events for other files in the folder and a file that was deleted', async () => {
    const fake = fakeDeps(version('old'));
    const known = createKnownVersions();
    known.set('/m/a.json', version('old'));
    const onChanged = vi.fn();
    const watcher = createFileWatcher(fake.deps, known, onChanged);
    const check = vi.spyOn(watcher, 'check');
    watcher.watch('/m/a.json');
    fake.emit('b.json');
    expect(check).not.toHaveBeenCalled();
    fake.setDisk(null);
    await watcher.check();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('takes the first version it sees as known when the app has none', async () => {
    const fake = fakeDeps(version('first'));
    const known = createKnownVersions();
    const onChanged = vi.fn();
    const watcher = createFileWatcher(fake.deps, known, onChanged);
    watcher.watch('/m/a.json');
    await watcher.check();
    expect(known.get('/m/a.json')).toEqual(version('first'));
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('stops listening when switched to another file or disposed', () => {
    const fake = fakeDeps(version('old'));
    const watcher = createFileWatcher(fake.deps, createKnownVersions(), vi.fn());
    watcher.watch('/m/a.json');
    watcher.watch('/n/b.json');
    expect(fake.folders).toEqual(['/m', '/n']);
    expect(fake.listeners.size).toBe(1);
    watcher.dispose();
    expect(fake.listeners.size).toBe(0);
  });
});

describe('createFileWatcher on the real file system', () => {
  it('notices another program replacing the file by rename, as editors save', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'watch-'));
    const path = join(folder, 'a.json');
    writeFileSync(path, 'mine');
    const known = createKnownVersions();
    known.set(path, versionOfText('mine'));
    const onChanged = vi.fn();
    const watcher = createFileWatcher(nodeWatchDeps, known, onChanged);
    try {
      watcher.watch(path);
      writeFileSync(join(folder, 'a.json~'), 'theirs');
      renameSync(join(folder, 'a.json~'), path);
      await vi.waitFor(() => expect(onChanged).toHaveBeenCalledWith(path), { timeout: 10_000 });
    } finally {
      watcher.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
