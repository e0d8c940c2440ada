import type { BrowserFileAccess, WritableFile } from './browser-host';

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
  offerDownload(name, data, mimeType = 'application/json') {
    const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // The download has taken its own reference to the blob once click() returns; free ours after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
  ...(typeof window !== 'undefined' && 'showSaveFilePicker' in window ? { pickSaveFile } : {}),
};

/** The File System Access API's save picker, as far as this app uses it (not yet in TypeScript's DOM types). */
interface SavePickerWindow {
  showSaveFilePicker(options: {
    suggestedName: string;
    types?: Array<{ description: string; accept: Record<string, string[]> }>;
  }): Promise<{
    name: string;
    createWritable(): Promise<{ write(data: BlobPart): Promise<void>; close(): Promise<void> }>;
  }>;
}

async function pickSaveFile(name: string, mimeType: string): Promise<WritableFile | null> {
  const extension = /\.[a-z0-9]{1,10}$/i.exec(name)?.[0];
  let handle;
  try {
    handle = await (window as unknown as SavePickerWindow).showSaveFilePicker({
      suggestedName: name,
      ...(extension ? { types: [{ description: `${extension.slice(1).toUpperCase()} file`, accept: { [mimeType]: [extension] } }] } : {}),
    });
  } catch (error) {
    // The user closed the picker: nothing to write, nothing went wrong.
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
  return {
    name: handle.name,
    async write(data) {
      // The file is replaced only when close() resolves: a failed write leaves what was there.
      const writable = await handle.createWritable();
      await writable.write(data as BlobPart);
      await writable.close();
    },
  };
}
