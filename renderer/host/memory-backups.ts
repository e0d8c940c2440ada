import type { BackupContent, BackupStorage } from './host.types';

/** Backups kept at most, like main's folder of backups. */
export const MAX_PAGE_BACKUPS = 20;

/** The key of a backup: its document session's id, never its file name (two tabs on `untitled` never share one). */
export function backupKeyOf(ref: { id: string }): string {
  return `session:${ref.id}`;
}

/** Backups in memory: for tests, and for a browser that offers no IndexedDB (they last until the tab closes). */
export function createMemoryBackups(now: () => number = Date.now): BackupStorage {
  const entries = new Map<string, BackupContent>();
  return {
    list: async () =>
      [...entries.values()]
        .sort((a, b) => b.savedAt - a.savedAt)
        .map(({ id, name, path, savedAt }) => (path === undefined ? { id, name, savedAt } : { id, name, path, savedAt })),
    read: async (ref) => entries.get(backupKeyOf(ref)) ?? null,
    async write(backup) {
      entries.set(backupKeyOf(backup), { ...backup, savedAt: now() });
      const oldest = [...entries.entries()].sort((a, b) => b[1].savedAt - a[1].savedAt).slice(MAX_PAGE_BACKUPS);
      for (const [key] of oldest) entries.delete(key);
    },
    remove: async (ref) => void entries.delete(backupKeyOf(ref)),
  };
}
