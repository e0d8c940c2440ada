import { parseExternalUrl } from '../../preload/ipc-contract';
import { DEFAULT_MISSION } from './default-mission';
import type { BackupStorage, Host } from './host.types';
import { createMemoryBackups } from './memory-backups';
import { createTabSessions, sessionOfBackup, type TabSessions } from './tab-sessions';

/** A file the user picked to save into (a File System Access handle): writing it puts the bytes on disk. */
export interface WritableFile {
  name: string;
  /** Writes the whole file; rejects when the bytes did not get there (permission, disk full). */
  write(data: string | Uint8Array): Promise<void>;
}

/** The few page-level file abilities the browser host is built on (real DOM ones in browser-files.ts). */
export interface BrowserFileAccess {
  /** Lets the user pick a file; null when they cancel. */
  pickFile(accept: string): Promise<{ name: string; text(): Promise<string> } | null>;
  /** Hands `data` to the browser as a download named `name`. */
  offerDownload(name: string, data: string | Uint8Array, mimeType?: string): void;
  /**
   * Asks where to save with the browser's own save picker (the File System Access API); null when cancelled.
   * Absent where the browser has no such picker.
   */
  pickSaveFile?(name: string, mimeType: string): Promise<WritableFile | null>;
}

/** The page-level abilities beyond files: where backups go, the unload guard, opening links, other tabs. */
export interface BrowserPage {
  backups: BackupStorage;
  /** The window, for the `beforeunload` guard; none in tests. */
  window?: Pick<Window, 'addEventListener'> | undefined;
  /** Opens a URL in a new tab. */
  openUrl?: ((url: string) => void) | undefined;
  /** This tab's session and the other open tabs (Web Locks in the real page). */
  tabs?: TabSessions | undefined;
}

/** Mission files are JSON; the picker still lets the user choose "All files". */
const MISSION_ACCEPT = '.json,application/json';
const MISSION_TYPE = 'application/json';
/** What a document's `path` holds in a browser: the key of a file handle the user picked in this tab. */
const HANDLE_PREFIX = 'browser-file:';

/** What File > Import… reads: Twine stories as Twee or Twine 2 HTML. */
const IMPORT_ACCEPT = '.twee,.tw,.html,.htm,text/html,text/plain';

/** String tables are CSV (`NAME.LANG.strings.csv`). */
const TABLE_ACCEPT = '.csv,text/csv';

/**
 * A host for a plain browser tab: no file paths, no launch arguments, no native menu. Opening uses the file
 * picker. Saving writes through the File System Access API where the browser has it (the first save of a
 * document asks where, later ones write back to that file); elsewhere it is a download, which the page cannot
 * see finish, so it reports `onDisk: false` and the save flow asks the user. Backups go to `page.backups`
 * (IndexedDB in the real page), minus those of other open tabs; leaving with unsaved changes asks first.
 */
export function createBrowserHost(files: BrowserFileAccess, page: BrowserPage = { backups: createMemoryBackups() }): Host {
  let dirty = false;
  page.window?.addEventListener('beforeunload', (event) => {
    // The browser shows its own "Leave site?" question; the text of it cannot be chosen.
    if (dirty) event.preventDefault();
  });
  const tabs = page.tabs ?? createTabSessions(undefined);
  const handles = new Map<string, WritableFile>();
  let nextHandle = 1;
  const never = () => () => undefined;
  return {
    kind: 'browser',
    sessionId: tabs.id,
    choosesFileNames: files.pickSaveFile !== undefined,
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
    async openImport() {
      const file = await files.pickFile(IMPORT_ACCEPT);
      return file ? { name: file.name, text: await file.text() } : null;
    },
    async saveFile(document, options = {}) {
      if (!files.pickSaveFile) {
        files.offerDownload(document.name, document.text);
        return { name: document.name, onDisk: false };
      }
      const known = !options.copy && document.path !== undefined ? handles.get(document.path) : undefined;
      const target = known ?? (await files.pickSaveFile(document.name, MISSION_TYPE));
      if (!target) return null;
      await target.write(document.text);
      if (options.copy) return { name: target.name, onDisk: true };
      const key = known ? document.path! : `${HANDLE_PREFIX}${nextHandle++}`;
      handles.set(key, target);
      return { name: target.name, path: key, onDisk: true };
    },
    async saveExport(file) {
      if (files.pickSaveFile) {
        const target = await files.pickSaveFile(file.name, file.mimeType);
        if (!target) return null;
        await target.write(file.data);
        return { name: target.name, onDisk: true };
      }
      files.offerDownload(file.name, file.data, file.mimeType);
      return { name: file.name, onDisk: false };
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
    backups: {
      ...page.backups,
      // Another open tab's backup is its work in progress, not something left behind: never offered here.
      async list() {
        const [all, others] = await Promise.all([page.backups.list(), tabs.others()]);
        return all.filter((backup) => !others.has(sessionOfBackup(backup.id)));
      },
    },
    async openExternal(url) {
      const checked = parseExternalUrl(url);
      if (checked !== null) page.openUrl?.(checked);
    },
    closeWindow: () => false,
    nativeEdit: () => false,
  };
}
