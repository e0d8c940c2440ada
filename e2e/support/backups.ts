import type { Page } from '@playwright/test';

/** How many backups the page holds in IndexedDB. */
export function countBackups(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('mission-studio', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('backups', { keyPath: 'key' });
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('backups', 'readonly').objectStore('backups').count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}
