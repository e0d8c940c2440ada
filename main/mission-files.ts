import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_MISSION_SIZE, type ImportedFile, type OpenedFile } from '../preload/ipc-contract';
import { versionOfBytes, type DiskVersion, type KnownVersions } from './disk-version';
import type { FileGrants } from './file-grants';

/** A mission file as read, with the version of the bytes on disk it came from. */
export interface VersionedFile {
  file: OpenedFile;
  version: DiskVersion;
}

/**
 * Reads a mission file as UTF-8 text with the version of its bytes, so a later change by someone else can be
 * noticed; rejects directories and files too large to be a mission.
 */
async function readVersionedMissionFile(path: string): Promise<VersionedFile> {
  const info = await fsp.stat(path);
  if (!info.isFile()) throw new Error(`${path} is not a file`);
  if (info.size > MAX_MISSION_SIZE) throw new Error(`${path} is too large to be a mission (${info.size} bytes)`);
  const bytes = await fsp.readFile(path);
  return { file: { path, name: basename(path), text: bytes.toString('utf8') }, version: versionOfBytes(bytes, info.mtimeMs) };
}

/** Reads a file to import (File > Import…) as UTF-8 text, with the same size cap as a mission; nothing is granted. */
export async function readImportFile(path: string): Promise<ImportedFile> {
  const { file } = await readVersionedMissionFile(path);
  return { name: file.name, text: file.text };
}

/** An open file, as far as an atomic write uses it. */
export interface WritableHandle {
  writeFile(data: string | Uint8Array, encoding?: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file system calls an atomic write makes; tests hand in versions that fail on purpose. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  /** The target's real path and mode when it exists (symlinks followed), else null. */
  describeTarget(path: string): Promise<{ realPath: string; mode: number } | null>;
  /** Flushes a folder's entries (the rename) to disk; best effort, since not every platform can. */
  syncFolder(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
}

/** The real file system. */
export const nodeAtomicWriteFs: AtomicWriteFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
  async describeTarget(path) {
    try {
      const realPath = await fsp.realpath(path);
      return { realPath, mode: (await fsp.stat(realPath)).mode & 0o777 };
    } catch {
      return null;
    }
  },
  async syncFolder(path) {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(path, 'r');
      await handle.sync();
    } catch {
      // Windows cannot open a folder for syncing; the rename is still atomic there.
    } finally {
      await handle?.close().catch(() => undefined);
    }
  },
  readdir: (path) => fsp.readdir(path),
};

/** Options of an atomic write: the file system to use, and a hook that runs between flush and rename. */
export interface AtomicWriteOptions {
  fs?: AtomicWriteFs;
  /** Runs after the temporary file is flushed and before it replaces the target (crash tests pause here). */
  beforeRename?: (tempPath: string) => Promise<void>;
}

/** The temporary files a write to `target` makes: `.name.<uuid>.tmp` beside it, hidden on Unix. */
export function isTempFileOf(target: string, candidate: string): boolean {
  const prefix = `.${basename(target)}.`;
  return candidate.startsWith(prefix) && /^[0-9a-f-]{36}\.tmp$/.test(candidate.slice(prefix.length));
}

/**
 * Writes `text` to `path` so that the file is either the old one or the new one, never half of each:
 * write a temporary file beside it, flush it to disk, then rename it over the target. On any failure the
 * target is untouched and the temporary file removed. A symlinked target has the file it points to replaced
 * (the link stays), and a replaced file keeps its permissions. After success, temporary files that a killed
 * earlier save left beside the target are removed.
 */
export async function writeFileAtomically(path: string, text: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeAtomicWriteFs;
  const existing = await fs.describeTarget(path);
  const target = existing?.realPath ?? path;
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${randomUUID()}.tmp`);
  let handle: WritableHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', existing?.mode ?? 0o666);
    await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text));
    await handle.sync();
    await handle.close();
    handle = undefined;
    await options.beforeRename?.(temp);
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fs.syncFolder(folder);
  await removeStaleTempFiles(fs, target);
}

// A save killed between writing and renaming leaves its temporary file; the next good save tidies it.
async function removeStaleTempFiles(fs: AtomicWriteFs, target: string): Promise<void> {
  const names = await fs.readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (isTempFileOf(target, name)) await fs.rm(join(dirname(target), name), { force: true }).catch(() => undefined);
  }
}

/**
 * Reads a file the user named and remembers it as theirs, so a later save back to it is allowed, and (with
 * `versions`) which version of it the app now shows, so a change by someone else can be noticed.
 */
export async function openGrantedFile(grants: FileGrants, path: string, versions?: KnownVersions): Promise<OpenedFile> {
  const { file, version } = await readVersionedMissionFile(path);
  grants.grant(path);
  versions?.set(path, version);
  return file;
}
