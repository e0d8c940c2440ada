import { resolve } from 'node:path';

/** The set of paths the user has handed the app (opened, named on the command line, or chosen to save to). */
export interface FileGrants {
  grant(path: string): void;
  has(path: string): boolean;
}

/**
 * Creates an empty grant set. Main writes only to granted paths, so a compromised page cannot make it
 * overwrite an arbitrary file by naming it in a save request.
 */
export function createFileGrants(): FileGrants {
  const granted = new Set<string>();
  return {
    grant: (path) => void granted.add(resolve(path)),
    has: (path) => granted.has(resolve(path)),
  };
}
