import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';

/** What identifies one version of a file on disk. `mtimeMs` is NaN when only the bytes are known. */
export interface DiskVersion {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}

/** The version that writing `text` as UTF-8 produces (its time is known only once it is on disk). */
export function versionOfText(text: string): DiskVersion {
  return versionOfBytes(Buffer.from(text, 'utf8'), Number.NaN);
}

/** The version of bytes read from disk at `mtimeMs`. */
export function versionOfBytes(bytes: Uint8Array, mtimeMs: number): DiskVersion {
  return { size: bytes.byteLength, mtimeMs, hash: createHash('sha256').update(bytes).digest('hex') };
}

/** Whether two versions hold the same bytes. A touched file (new time, same bytes) is the same version. */
export function sameVersion(a: DiskVersion, b: DiskVersion): boolean {
  return a.size === b.size && a.hash === b.hash;
}

/** The file system calls reading a version makes. */
export interface VersionFs {
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

const nodeVersionFs: VersionFs = { stat: (path) => fsp.stat(path), readFile: (path) => fsp.readFile(path) };

/**
 * The version of the file at `path` now, or null when there is no file. When size and time equal `known`'s,
 * the file is taken as unchanged without reading it (the cheap check editors make); otherwise it is hashed.
 */
export async function readDiskVersion(path: string, known?: DiskVersion, fs: VersionFs = nodeVersionFs): Promise<DiskVersion | null> {
  try {
    const info = await fs.stat(path);
    if (!info.isFile()) return null;
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known;
    return versionOfBytes(await fs.readFile(path), info.mtimeMs);
  } catch {
    return null;
  }
}

/** The version of each file this app last read or wrote: a later difference means someone else changed it. */
export interface KnownVersions {
  get(path: string): DiskVersion | undefined;
  set(path: string, version: DiskVersion): void;
  delete(path: string): void;
}

/** Creates an empty record of known versions. */
export function createKnownVersions(): KnownVersions {
  const versions = new Map<string, DiskVersion>();
  return {
    get: (path) => versions.get(path),
    set: (path, version) => void versions.set(path, version),
    delete: (path) => void versions.delete(path),
  };
}
