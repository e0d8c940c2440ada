import type { BrowserFileAccess } from './browser-host';

/** The browser's own file picker and download, for the browser host. */
export const domFileAccess: BrowserFileAccess = {
  pickFile(accept) {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
      input.addEventListener('cancel', () => resolve(null), { once: true });
      input.click();
    });
  },
  offerDownload(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // The download has taken its own reference to the blob once click() returns; free ours after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
};
