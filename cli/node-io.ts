import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { MAX_MISSION_CHARS, tooLargeMessage } from '@mission-studio/core/format';
import type { CliIo } from './cli-io';
import { visibleText } from './visible-text';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  EMFILE: 'too many open files',
};

/** Reads a text file with a size cap checked before reading, so a huge file never fills memory. */
async function readText(file: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, message: `${file}: cannot read: it is a directory` };
    // Checked on bytes before reading; a file under the limit in bytes is under it in characters too.
    if (info.size > MAX_MISSION_CHARS) return { ok: false, message: `${file}: ${tooLargeMessage(info.size)}` };
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, message: `${file}: cannot read: ${REASONS[code] ?? (error as Error).message}` };
  }
}

/**
 * Writes beside the target, then renames over it: a crash or a full disk half-way leaves the old file whole
 * (`merge -o %A` writes over git's copy of our side, the only one of it).
 */
async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  // A device or pipe (-o /dev/stdout) is written as it is: there is nothing to rename over.
  const existing = await stat(file).catch(() => null);
  if (existing && !existing.isFile()) return writeFile(file, data);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The real terminal and file system. */
export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(visibleText(text)),
  err: (text) => process.stderr.write(visibleText(text)),
  errControl: (text) => process.stderr.write(text),
  readText,
  writeText: (file, text) => writeAtomically(file, text),
  writeBytes: (file, bytes) => writeAtomically(file, bytes),
  outBytes: (bytes) => process.stdout.write(bytes),
  isTty: Boolean(process.stdout.isTTY),
};
