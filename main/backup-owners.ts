/**
 * Which window owns which backup this run: the backups it wrote or restored. A window may change its own backups
 * freely; another live window's it may not see, read, overwrite or remove; a backup no live window owns (left by
 * a session that ended) it may restore or discard only on the user's word (see user-gestures.ts).
 */
export interface BackupOwners<TOwner> {
  ownerOf(id: string): TOwner | undefined;
  claim(id: string, owner: TOwner): void;
  /** The ids `owner` holds. */
  idsOf(owner: TOwner): string[];
  /** Forgets `id` (its backup was removed). */
  drop(id: string): void;
  /** The window closed: its backups, if any are left, belong to no one (the next launch offers them). */
  release(owner: TOwner): void;
}

/** Creates an empty ownership record. */
export function createBackupOwners<TOwner>(): BackupOwners<TOwner> {
  const owners = new Map<string, TOwner>();
  return {
    ownerOf: (id) => owners.get(id),
    claim: (id, owner) => void owners.set(id, owner),
    idsOf: (owner) => [...owners].filter(([, held]) => held === owner).map(([id]) => id),
    drop: (id) => void owners.delete(id),
    release(owner) {
      for (const [id, held] of owners) if (held === owner) owners.delete(id);
    },
  };
}
