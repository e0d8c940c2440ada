import { parseExternalUrl } from '../../preload/ipc-contract';
import { DEFAULT_MISSION } from './default-mission';
import type { BackupStorage, Host } from './host.types';
import { createMemoryBackups } from './memory-backups';

/** The few page-level file abilities the browser host is built on (real DOM ones in browser-files.ts). */
export interface BrowserFileAccess {
  /** Lets the user pick a file; null when they cancel. */
  pickFile(accept: string): Promise<{ name: string; text(): Promise<string> } | null>;
  /** Hands `data` to the browser as a download named `name`. */
  offerDownload(name: string, data: string | Uint8Array, mimeType?: string): void;
  /**
   * Asks where to save with the browser's own save picker (the File System Access API) and writes there;
   * resolves to the chosen name, or null when cancelled. Absent where the browser has no such picker.
   */
  saveWithPicker?(name: string, data: string | Uint8Array, mimeType: string): Promise<string | null>;
}

/** The page-level abilities beyond files: where backups go, the unload guard, opening links. */
export interface BrowserPage {
  backups: BackupStorage;
  /** The window, for the `beforeunload` guard; none in tests. */
  window?: Pick<Window, 'addEventListener'> | undefined;
  /** Opens a URL in a new tab. */
  openUrl?: ((url: string) => void) | undefined;
}

/** Mission files are JSON; the picker still lets the user choose "All files". */
const MISSION_ACCEPT = '.json,application/json';
/** String tables are CSV (`NAME.LANG.strings.csv`). */
const TABLE_ACCEPT = '.csv,text/csv';

/**
 * A host for a plain browser tab: no file paths, no launch arguments, no native menu. Opening uses the file
 * picker and saving becomes a download, which is all a web page may do. Backups go to `page.backups`
 * (IndexedDB in the real page), and leaving the page with unsaved changes asks first (`beforeunload`).
 */
export function createBrowserHost(files: BrowserFileAccess, page: BrowserPage = { backups: createMemoryBackups() }): Host {
  let dirty = false;
  page.window?.addEventListener('beforeunload', (event) => {
    // The browser shows its own "Leave site?" question; the text of it cannot be chosen.
    if (dirty) event.preventDefault();
  });
  const never = () => () => undefined;
  return {
    kind: 'browser',
    readDefaultMission: () => Promise.resolve(DEFAULT_MISSION),
    readLaunchFile: () => Promise.resolve(null),
    async openFile() {
      const file = await files.pickFile(MISSION_ACCEPT);
      return file ? { name: file.name, text: await file.text() } : null;
    },
    async openTranslationFile() {
      const file = await files.pickFile(TABLE_ACCEPT);
      return file ? { name: file.name, text: await file.text() } : null;
    },
    async saveFile(document) {
      files.offerDownload(document.name, document.text);
      return { name: document.name };
    },
    async saveExport(file) {
      if (files.saveWithPicker) {
        const name = await files.saveWithPicker(file.name, file.data, file.mimeType);
        return name === null ? null : { name };
      }
      files.offerDownload(file.name, file.data, file.mimeType);
      return { name: file.name };
    },
    reloadFile: () => Promise.reject(new Error('A browser tab cannot read a file again by its path')),
    // Nothing outside a browser tab can hand it a file, send it menu commands or watch its files.
    onFileOpened: never,
    onMenuCommand: never,
    onFileChanged: never,
    onSaveBeforeClose: never,
    setDocumentState(status) {
      dirty = status.dirty;
    },
    setMenuState: () => undefined,
    backups: page.backups,
    async openExternal(url) {
      const checked = parseExternalUrl(url);
      if (checked !== null) page.openUrl?.(checked);
    },
    closeWindow: () => false,
    nativeEdit: () => false,
  };
}
