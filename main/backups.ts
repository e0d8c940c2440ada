import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { parseBackupWrite, type BackupContent, type BackupRef, type BackupSummary, type BackupWrite } from '../preload/ipc-contract';
import { writeFileAtomically } from './mission-files';

/** Backups kept at most; the oldest go first. One per document, so this many documents' unsaved work. */
export const MAX_BACKUPS = 20;

const RECORD_KIND = 'mission-studio-backup';
const FILE_PATTERN = /^[0-9a-f]{32}\.json$/;

/** Unsaved work of each document, one file per document in a folder (the app's userData/backups). */
export interface BackupStore {
  /** Every readable backup, newest first. Damaged files are skipped, never thrown on. */
  list(): Promise<BackupSummary[]>;
  read(ref: BackupRef): Promise<BackupContent | null>;
  /** Writes (atomically) the backup of a document, replacing its previous one. */
  write(backup: BackupWrite): Promise<void>;
  remove(ref: BackupRef): Promise<void>;
}

/**
 * The file name of a document's backup: a hash of its path, or of its name when it has no path yet, so the page
 * never chooses a file name in the folder.
 */
export function backupFileName(ref: BackupRef): string {
  const identity = ref.path === undefined ? `untitled\0${ref.name}` : `path\0${ref.path}`;
  return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}.json`;
}

/** The text of a backup file. */
export function formatBackupRecord(backup: BackupWrite, savedAt: number): string {
  const { name, path, text } = backup;
  return JSON.stringify({ kind: RECORD_KIND, version: 1, name, ...(path === undefined ? {} : { path }), savedAt, text });
}

/** Reads a backup file's text back, or null when it is not one this app wrote (damaged, foreign, future version). */
export function parseBackupRecord(text: string): BackupContent | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { kind, version, savedAt, ...rest } = value as Record<string, unknown>;
  if (kind !== RECORD_KIND || version !== 1 || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  const backup = parseBackupWrite(rest);
  return backup && { ...backup, savedAt };
}

/** Creates the store over `folder` (made on first write). `now` is injectable for tests. */
export function createBackupStore(folder: string, now: () => number = Date.now): BackupStore {
  const fileOf = (ref: BackupRef) => join(folder, backupFileName(ref));

  async function readAll(): Promise<Array<{ file: string; backup: BackupContent }>> {
    const names = await fsp.readdir(folder).catch(() => [] as string[]);
    const found: Array<{ file: string; backup: BackupContent }> = [];
    for (const name of names.filter((n) => FILE_PATTERN.test(n))) {
      const backup = await fsp.readFile(join(folder, name), 'utf8').then(parseBackupRecord, () => null);
      // A record must sit under its own name: a copied or renamed file would restore to the wrong document.
      if (backup && backupFileName(backup) === name) found.push({ file: join(folder, name), backup });
    }
    return found.sort((a, b) => b.backup.savedAt - a.backup.savedAt);
  }

  // Writes and removals run in the order asked, so a removal can never be overtaken by an earlier write.
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    async list() {
      return (await readAll()).map(({ backup: { name, path, savedAt } }) => (path === undefined ? { name, savedAt } : { name, path, savedAt }));
    },
    async read(ref) {
      const text = await fsp.readFile(fileOf(ref), 'utf8').catch(() => null);
      const backup = text === null ? null : parseBackupRecord(text);
      return backup && backupFileName(backup) === backupFileName(ref) ? backup : null;
    },
    write: (backup) =>
      inOrder(async () => {
        await fsp.mkdir(folder, { recursive: true });
        await writeFileAtomically(fileOf(backup), formatBackupRecord(backup, now()));
        const all = await readAll();
        for (const old of all.slice(MAX_BACKUPS)) await fsp.rm(old.file, { force: true });
      }),
    remove: (ref) => inOrder(() => fsp.rm(fileOf(ref), { force: true })),
  };
}
