import { randomUUID } from 'node:crypto';
import { open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_MISSION_SIZE, type OpenedFile } from '../preload/ipc-contract';
import type { FileGrants } from './file-grants';

/** Reads a mission file as UTF-8 text; rejects directories and files too large to be a mission. */
export async function readMissionFile(path: string): Promise<OpenedFile> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${path} is not a file`);
  if (info.size > MAX_MISSION_SIZE) throw new Error(`${path} is too large to be a mission (${info.size} bytes)`);
  const text = await readFile(path, 'utf8');
  return { path, name: basename(path), text };
}

/**
 * Writes `text` to `path` so that the file is either the old one or the new one, never half of each:
 * write a temporary file beside it, flush it to disk, then rename it over the target. On any failure the
 * target is untouched and the temporary file removed.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

/** Reads a file the user named and remembers it as theirs, so a later save back to it is allowed. */
export async function openGrantedFile(grants: FileGrants, path: string): Promise<OpenedFile> {
  const file = await readMissionFile(path);
  grants.grant(path);
  return file;
}
