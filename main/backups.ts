import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { parseBackupWrite, type BackupContent, type BackupRef, type BackupSummary, type BackupWrite } from '../preload/ipc-contract';
import type { DiskVersion } from './disk-version';
import { writeFileAtomically } from './mission-files';

/** Backups kept at most; the oldest go first. One per document session, so this many documents' unsaved work. */
export const MAX_BACKUPS = 20;

const RECORD_KIND = 'mission-studio-backup';
const FILE_PATTERN = /^[0-9a-f]{32}\.json$/;
/** Records of format 1 (keyed by path or name) get this id, naming their file, so they are still offered. */
const LEGACY_PREFIX = 'legacy-';

/** A backup as main keeps it: what the page sees, plus the disk version of the file it was made from. */
export interface StoredBackup {
  content: BackupContent;
  /** The file's version when the backup was written (size and hash); null for a new file or an old record. */
  base: DiskVersion | null;
}

/** Unsaved work of each document session, one file per session in a folder (the app's userData/backups). */
export interface BackupStore {
  /** Every readable backup, newest first. Damaged files are skipped, never thrown on. */
  list(): Promise<BackupSummary[]>;
  read(ref: Pick<BackupRef, 'id'>): Promise<StoredBackup | null>;
  /** Writes (atomically) the backup of a document session, replacing its previous one; `base` as in StoredBackup. */
  write(backup: BackupWrite, base?: DiskVersion | null): Promise<void>;
  remove(ref: Pick<BackupRef, 'id'>): Promise<void>;
}

/** The file name of a session's backup: a hash of its id, so the page never chooses a file name in the folder. */
export function backupFileName(ref: Pick<BackupRef, 'id'>): string {
  if (ref.id.startsWith(LEGACY_PREFIX) && FILE_PATTERN.test(`${ref.id.slice(LEGACY_PREFIX.length)}.json`))
    return `${ref.id.slice(LEGACY_PREFIX.length)}.json`;
  return `${createHash('sha256').update(`session\0${ref.id}`).digest('hex').slice(0, 32)}.json`;
}

/** Format 1 named a backup after its document's path (or untitled name); kept to read what an older version left. */
function legacyFileName(ref: { name: string; path?: string }): string {
  const identity = ref.path === undefined ? `untitled\0${ref.name}` : `path\0${ref.path}`;
  return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}.json`;
}

/** The text of a backup file. */
export function formatBackupRecord(backup: BackupWrite, savedAt: number, base: DiskVersion | null = null): string {
  const { id, name, path, text } = backup;
  return JSON.stringify({
    kind: RECORD_KIND,
    version: 2,
    id,
    name,
    ...(path === undefined ? {} : { path }),
    ...(base === null ? {} : { base: { size: base.size, hash: base.hash } }),
    savedAt,
    text,
  });
}

function parseBase(value: unknown): DiskVersion | null | undefined {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null) return undefined;
  const { size, hash } = value as Record<string, unknown>;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
    return undefined;
  return { size, hash, mtimeMs: Number.NaN };
}

/**
 * Reads a backup file's text back, or null when it is not one this app wrote (damaged, foreign, future version).
 * `fileName` is where it was found: a record must sit under its own name, or a copied or renamed file would
 * restore to the wrong session.
 */
export function parseBackupRecord(text: string, fileName: string): StoredBackup | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { kind, version, savedAt, base: rawBase, ...rest } = value as Record<string, unknown>;
  if (kind !== RECORD_KIND || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  if (version === 1) {
    const old = parseBackupWrite({ ...rest, id: `${LEGACY_PREFIX}${fileName.slice(0, 32)}` });
    return old && legacyFileName(old) === fileName && rawBase === undefined ? { content: { ...old, savedAt }, base: null } : null;
  }
  const backup = version === 2 ? parseBackupWrite(rest) : null;
  const base = parseBase(rawBase);
  if (!backup || base === undefined || backupFileName(backup) !== fileName) return null;
  return { content: { ...backup, savedAt }, base };
}

/** Creates the store over `folder` (made on first write). `now` is injectable for tests. */
export function createBackupStore(folder: string, now: () => number = Date.now): BackupStore {
  const fileOf = (ref: Pick<BackupRef, 'id'>) => join(folder, backupFileName(ref));
  const readOne = (name: string) =>
    fsp.readFile(join(folder, name), 'utf8').then(
      (text) => parseBackupRecord(text, name),
      () => null,
    );

  async function readAll(): Promise<Array<{ file: string; backup: BackupContent }>> {
    const names = await fsp.readdir(folder).catch(() => [] as string[]);
    const found: Array<{ file: string; backup: BackupContent }> = [];
    for (const name of names.filter((n) => FILE_PATTERN.test(n))) {
      const stored = await readOne(name);
      if (stored) found.push({ file: join(folder, name), backup: stored.content });
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
      return (await readAll()).map(({ backup: { id, name, path, savedAt } }) =>
        path === undefined ? { id, name, savedAt } : { id, name, path, savedAt },
      );
    },
    read: (ref) => readOne(backupFileName(ref)),
    write: (backup, base = null) =>
      inOrder(async () => {
        await fsp.mkdir(folder, { recursive: true });
        await writeFileAtomically(fileOf(backup), formatBackupRecord(backup, now(), base));
        const all = await readAll();
        for (const old of all.slice(MAX_BACKUPS)) await fsp.rm(old.file, { force: true });
      }),
    remove: (ref) => inOrder(() => fsp.rm(fileOf(ref), { force: true })),
  };
}
