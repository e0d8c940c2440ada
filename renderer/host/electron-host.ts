import { isCommandId } from '../../preload/ipc-contract';
import type { MissionStudioBridge, OpenedFile, SaveRequest } from '../../preload/ipc-contract';
import { domFileAccess } from './browser-files';
import { DEFAULT_MISSION } from './default-mission';
import { FileChangedOnDiskError } from './file-changed-error';
import type { Host, MissionDocument } from './host.types';

declare global {
  interface Window {
    /** Present only inside the Electron app, put there by preload/index.ts. */
    missionStudio?: MissionStudioBridge;
  }
}

// Reports of state (title, menu) are fire-and-forget: a failure must not break the edit that caused it.
function report(promise: Promise<unknown>): void {
  promise.catch((error: unknown) => console.warn('Mission Studio: main did not take an update:', error));
}

/** A host backed by the preload bridge: real files on disk, through main's checked IPC handlers. */
export function createElectronHost(bridge: MissionStudioBridge): Host {
  return {
    kind: 'electron',
    sessionId: crypto.randomUUID(),
    choosesFileNames: true,
    readDefaultMission: () => Promise.resolve(DEFAULT_MISSION),
    readLaunchFile: async () => toDocument(await bridge.readLaunchFile()),
    openFile: async () => toDocument(await bridge.openFile()),
    openImport: () => bridge.importFile(),
    // A file input works in the sandboxed page too (Chromium shows the native dialog): a table is only read.
    async openTranslationFile() {
      const file = await domFileAccess.pickFile('.csv,text/csv');
      return file ? { name: file.name, text: await file.text() } : null;
    },
    async saveFile(document, options = {}) {
      // An export always asks where: it never writes over the open file by its path.
      const request: SaveRequest =
        document.path && !options.copy
          ? { text: document.text, path: document.path }
          : { text: document.text, suggestedName: document.name };
      if (options.overwriteChanged) request.overwriteChanged = true;
      if (options.copy) request.copy = true;
      const result = await bridge.saveFile(request);
      if (result.status === 'cancelled') return null;
      if (result.status === 'changed-on-disk') throw new FileChangedOnDiskError(result.name);
      return { name: result.name, path: result.path, onDisk: true };
    },
    async saveExport(file) {
      const extension = /\.([a-z0-9]{1,10})$/i.exec(file.name)?.[1]?.toLowerCase() ?? 'txt';
      const result = await bridge.exportFile({ suggestedName: file.name, data: file.data, extension });
      return result.status === 'saved' ? { name: result.name, path: result.path, onDisk: true } : null;
    },
    readTranslationTables: (path) => bridge.readTranslationTables(path),
    reloadFile: async (path) => fromOpenedFile(await bridge.readFile(path)),
    onFileOpened: (listener) => bridge.onFileOpened((file) => listener(fromOpenedFile(file))),
    onMenuCommand: (listener) =>
      bridge.onMenuCommand((id) => {
        if (isCommandId(id)) listener(id);
      }),
    onFileChanged: (listener) => bridge.onFileChanged((change) => listener({ path: change.path, name: change.name })),
    onSaveBeforeClose: (save) =>
      bridge.onSaveBeforeClose((requestId) => {
        const answer = (saved: boolean) => report(bridge.answerSaveBeforeClose({ requestId, saved }));
        save().then(answer, () => answer(false));
      }),
    setDocumentState: (status) => report(bridge.setDocumentState(status)),
    setMenuState: (commands) => report(bridge.setMenuState(commands)),
    backups: {
      list: () => bridge.listBackups(),
      read: (ref) => bridge.readBackup(ref),
      write: (backup) => bridge.writeBackup(backup),
      remove: (ref) => bridge.removeBackup(ref),
    },
    openExternal: async (url) => void (await bridge.openExternal(url)),
    closeWindow() {
      report(bridge.closeWindow());
      return true;
    },
    nativeEdit(action) {
      report(bridge.nativeEdit(action));
      return true;
    },
  };
}

function toDocument(file: OpenedFile | null): MissionDocument | null {
  return file ? fromOpenedFile(file) : null;
}

function fromOpenedFile(file: OpenedFile): MissionDocument {
  return { name: file.name, text: file.text, path: file.path };
}
