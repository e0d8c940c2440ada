import { basename } from 'node:path';
import type { SaveRequest, SaveResult } from '../preload/ipc-contract';
import { sameVersion, versionOfText, type DiskVersion, type KnownVersions } from './disk-version';
import type { FileGrants } from './file-grants';

/** What a save needs from main: the grants, the known versions, a save dialog and the disk. */
export interface SaveDeps {
  grants: FileGrants;
  versions: KnownVersions;
  /**
   * Asks the user where to save, proposing `proposal` (a file name, or a restored backup's full path); the dialog
   * confirms replacing an existing file. Null when cancelled.
   */
  chooseSavePath(proposal: string): Promise<string | null>;
  readVersion(path: string, known: DiskVersion | undefined): Promise<DiskVersion | null>;
  write(path: string, text: string): Promise<void>;
  /**
   * For a path named by a restored backup (and not granted), the disk version that backup was made from (null:
   * unknown); undefined for any other path.
   */
  restoredBase?(path: string): DiskVersion | null | undefined;
}

/**
 * Carries out a checked save request. A save back to a path must be to one the user handed the app; when that
 * file changed on disk since the app read or wrote it, nothing is written and the result says so, unless the
 * request says the user chose to overwrite. Without a path, the user picks one.
 */
export async function saveMission(request: SaveRequest, deps: SaveDeps): Promise<SaveResult> {
  let path = request.path;
  if (path !== undefined && !deps.grants.has(path)) {
    const base = deps.restoredBase?.(path);
    if (base === undefined) throw new Error(`Refused: ${path} was not opened or chosen by the user`);
    // A restored backup names its file, but a page's word grants nothing: the user confirms the place in the dialog.
    const chosen = await deps.chooseSavePath(path);
    if (chosen === null) return { status: 'cancelled' };
    deps.grants.grant(chosen);
    if (chosen === path && base !== null) {
      // Compared with the version the backup was made from: a change by another program since then is not overwritten unasked.
      deps.versions.set(chosen, base);
      if (!request.overwriteChanged) {
        const current = await deps.readVersion(chosen, base);
        if (current && !sameVersion(current, base)) return { status: 'changed-on-disk', path: chosen, name: basename(chosen) };
      }
    }
    path = chosen;
  } else if (path !== undefined) {
    const known = deps.versions.get(path);
    if (known && !request.overwriteChanged) {
      const current = await deps.readVersion(path, known);
      if (current && !sameVersion(current, known)) return { status: 'changed-on-disk', path, name: basename(path) };
    }
  } else {
    const chosen = await deps.chooseSavePath(request.suggestedName ?? 'untitled.mission.json');
    if (chosen === null) return { status: 'cancelled' };
    path = chosen;
    deps.grants.grant(path);
  }
  // Known before the rename lands, so the watcher never mistakes this write for someone else's.
  const previous = deps.versions.get(path);
  deps.versions.set(path, versionOfText(request.text));
  try {
    await deps.write(path, request.text);
  } catch (error) {
    if (previous) deps.versions.set(path, previous);
    else deps.versions.delete(path);
    throw error;
  }
  return { status: 'saved', path, name: basename(path) };
}
