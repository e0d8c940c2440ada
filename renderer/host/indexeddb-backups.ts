import type { BackupContent, BackupStorage } from './host.types';
import { backupKeyOf, MAX_PAGE_BACKUPS } from './memory-backups';

const DATABASE = 'mission-studio';
const STORE = 'backups';

/** A backup as stored: the content plus its key. */
type Row = BackupContent & { key: string };

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function isRow(value: unknown): value is Row {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Partial<Row>;
  return (
    typeof row.key === 'string' &&
    typeof row.id === 'string' &&
    typeof row.name === 'string' &&
    typeof row.text === 'string' &&
    typeof row.savedAt === 'number' &&
    (row.path === undefined || typeof row.path === 'string')
  );
}

/**
 * The browser host's backups: one IndexedDB record per document, in the page's own origin. A write is one
 * transaction, so a record is whole or absent even if the tab dies during it.
 */
export function createIndexedDbBackups(factory: IDBFactory, now: () => number = Date.now): BackupStorage {
  let database: Promise<IDBDatabase> | null = null;
  const open = () => {
    database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
    }).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  const rows = async (): Promise<Row[]> => {
    const db = await open();
    const all: unknown[] = await done(db.transaction(STORE, 'readonly').objectStore(STORE).getAll());
    // Rows of the first format (keyed by name or path, no id) are not offered: a tab of that version wrote them.
    return all.filter(isRow).sort((a, b) => b.savedAt - a.savedAt);
  };

  return {
    list: async () =>
      (await rows()).map(({ id, name, path, savedAt }) => (path === undefined ? { id, name, savedAt } : { id, name, path, savedAt })),
    async read(ref) {
      const db = await open();
      const row: unknown = await done(db.transaction(STORE, 'readonly').objectStore(STORE).get(backupKeyOf(ref)));
      if (!isRow(row) || row.key !== backupKeyOf(row)) return null;
      const { key: _key, ...content } = row;
      return content;
    },
    async write(backup) {
      const db = await open();
      const transaction = db.transaction(STORE, 'readwrite');
      const row: Row = { key: backupKeyOf(backup), ...backup, savedAt: now() };
      transaction.objectStore(STORE).put(row);
      await finished(transaction);
      const extra = (await rows()).slice(MAX_PAGE_BACKUPS);
      if (extra.length > 0) {
        const prune = db.transaction(STORE, 'readwrite');
        for (const old of extra) prune.objectStore(STORE).delete(old.key);
        await finished(prune);
      }
    },
    async remove(ref) {
      const db = await open();
      const transaction = db.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).delete(backupKeyOf(ref));
      await finished(transaction);
    },
  };
}
