import * as fsp from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { writeFileAtomically } from './mission-files';

/** How many files File ▸ Open Recent lists. */
export const MAX_RECENT_FILES = 10;

/** Reads the recent-files JSON; anything malformed yields what is usable of it (never throws). */
export function parseRecentFiles(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const files =
    typeof value === 'object' && value !== null && (value as { version?: unknown }).version === 1
      ? (value as { files?: unknown }).files
      : null;
  if (!Array.isArray(files)) return [];
  let list: string[] = [];
  // Oldest first, so the newest entry wins a duplicate and the order is kept.
  for (const file of [...files].reverse()) if (isRecentPath(file)) list = addRecentFile(list, file);
  return list;
}

/** The JSON written for `list`. */
export function formatRecentFiles(list: readonly string[]): string {
  return `${JSON.stringify({ version: 1, files: list }, null, 2)}\n`;
}

/** `list` with `path` first (moved there if already listed), capped at MAX_RECENT_FILES. */
export function addRecentFile(list: readonly string[], path: string): string[] {
  const absolute = resolve(path);
  return [absolute, ...list.filter((entry) => entry !== absolute)].slice(0, MAX_RECENT_FILES);
}

/** `list` without `path`. */
export function removeRecentFile(list: readonly string[], path: string): string[] {
  const absolute = resolve(path);
  return list.filter((entry) => entry !== absolute);
}

function isRecentPath(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 4096 && !value.includes('\0') && isAbsolute(value);
}

/** What the recent list needs from the file system; tests pass fakes. */
export interface RecentFilesDeps {
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

/** The real file system; the list is written atomically like any file the app saves. */
const nodeRecentFilesDeps: RecentFilesDeps = {
  readText: (path) => fsp.readFile(path, 'utf8'),
  async writeText(path, text) {
    await fsp.mkdir(dirname(path), { recursive: true });
    await writeFileAtomically(path, text);
  },
  exists: (path) =>
    fsp.stat(path).then(
      (info) => info.isFile(),
      () => false,
    ),
};

/** The recent files, persisted as JSON in userData; entries that no longer exist are dropped when loaded. */
export interface RecentFiles {
  list(): readonly string[];
  load(): Promise<void>;
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
  /** Calls `listener` after each change (the menu rebuilds); returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}

/** Creates the list stored at `file`. */
export function createRecentFiles(file: string, deps: RecentFilesDeps = nodeRecentFilesDeps): RecentFiles {
  let list: string[] = [];
  const listeners = new Set<() => void>();
  // Writes go one after another, so a slow early write cannot land after a later one.
  let writing: Promise<void> = Promise.resolve();

  function update(next: string[]): Promise<void> {
    list = next;
    listeners.forEach((listener) => listener());
    const text = formatRecentFiles(next);
    writing = writing.then(() => deps.writeText(file, text)).catch(() => undefined);
    return writing;
  }

  return {
    list: () => list,
    async load() {
      const stored = parseRecentFiles(await deps.readText(file).catch(() => ''));
      const present: string[] = [];
      for (const path of stored) if (await deps.exists(path)) present.push(path);
      list = present;
      listeners.forEach((listener) => listener());
      if (present.length !== stored.length) await update(present);
    },
    add: (path) => update(addRecentFile(list, path)),
    remove: (path) => update(removeRecentFile(list, path)),
    clear: () => update([]),
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
