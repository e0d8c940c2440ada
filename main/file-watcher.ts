import { watch as watchFs } from 'node:fs';
import { basename, dirname } from 'node:path';
import { readDiskVersion, sameVersion, type DiskVersion, type KnownVersions } from './disk-version';

/** What the watcher needs from the outside: folder events and reading a file's version. */
export interface WatchDeps {
  /** Calls `onEvent` with the changed entry's name (null when the platform does not say); returns the stop function. */
  watchFolder(folder: string, onEvent: (fileName: string | null) => void): () => void;
  readVersion(path: string, known: DiskVersion | undefined): Promise<DiskVersion | null>;
}

/** Watches the open file; tells `onChanged` once per new version that this app did not write or read itself. */
export interface FileWatcher {
  /** Switches to watching `path` (null: nothing). */
  watch(path: string | null): void;
  /** Compares the file with its known version now (also run on window focus, for file systems without events). */
  check(): Promise<void>;
  dispose(): void;
}

/** Real folder events. The folder, not the file, is watched: a save by rename replaces the file watched. */
export const nodeWatchDeps: WatchDeps = {
  watchFolder(folder, onEvent) {
    try {
      const watcher = watchFs(folder, { persistent: false }, (_event, fileName) => onEvent(fileName === null ? null : String(fileName)));
      watcher.on('error', () => undefined);
      return () => watcher.close();
    } catch {
      // A folder that cannot be watched (gone, network drive): the focus check still notices changes.
      return () => undefined;
    }
  },
  readVersion: (path, known) => readDiskVersion(path, known),
};

/**
 * Creates a watcher that compares the file against `known` (the version this app last read or wrote). A change
 * is reported once per distinct version, so the user is asked once however many events a save makes.
 */
export function createFileWatcher(deps: WatchDeps, known: KnownVersions, onChanged: (path: string) => void): FileWatcher {
  let path: string | null = null;
  let stop: () => void = () => undefined;
  let reported: DiskVersion | undefined;
  let running: Promise<void> | null = null;
  let again = false;

  async function compare(target: string): Promise<void> {
    const before = known.get(target);
    const now = await deps.readVersion(target, before);
    if (path !== target || now === null) return;
    const current = known.get(target);
    if (!current) return known.set(target, now);
    if (sameVersion(current, now)) {
      // Our own write: remember its time too, so the next check can skip reading the file.
      if (current.mtimeMs !== now.mtimeMs) known.set(target, now);
      reported = undefined;
      return;
    }
    if (reported && sameVersion(reported, now)) return;
    reported = now;
    onChanged(target);
  }

  const watcher: FileWatcher = {
    watch(next) {
      if (next === path) return;
      stop();
      stop = () => undefined;
      path = next;
      reported = undefined;
      if (next === null) return;
      const name = basename(next);
      stop = deps.watchFolder(dirname(next), (fileName) => {
        if (fileName === null || fileName === name) void watcher.check();
      });
    },
    check() {
      // One comparison at a time; events during one run it once more afterwards.
      if (running) {
        again = true;
        return running;
      }
      const target = path;
      if (target === null) return Promise.resolve();
      running = compare(target)
        .catch(() => undefined)
        .finally(() => {
          running = null;
          if (again) {
            again = false;
            void watcher.check();
          }
        });
      return running;
    },
    dispose() {
      watcher.watch(null);
    },
  };
  return watcher;
}
