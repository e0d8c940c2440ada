// The preload script: runs sandboxed, before the page, and exposes exactly one object to it.
// Every method forwards to a named channel of the contract; no ipcRenderer, no Node API reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, IpcChannel, type MissionStudioBridge } from './ipc-contract';

type Invoke = <T>(channel: string, ...args: unknown[]) => Promise<T>;
const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);

/** Subscribes to a main -> renderer channel. The listener never sees the IpcRendererEvent (it carries `sender`). */
function listen<T>(channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge: MissionStudioBridge = {
  readLaunchFile: () => invoke(IpcChannel.readLaunchFile),
  openFile: () => invoke(IpcChannel.openFile),
  importFile: () => invoke(IpcChannel.importFile),
  saveFile: (request) => invoke(IpcChannel.saveFile, request),
  exportFile: (request) => invoke(IpcChannel.exportFile, request),
  readFile: (path) => invoke(IpcChannel.readFile, path),
  readTranslationTables: (path) => invoke(IpcChannel.readTranslationTables, path),
  setDocumentState: (state) => invoke(IpcChannel.setDocumentState, state),
  setMenuState: (commands) => invoke(IpcChannel.setMenuState, commands),
  listBackups: () => invoke(IpcChannel.listBackups),
  readBackup: (ref) => invoke(IpcChannel.readBackup, ref),
  writeBackup: (backup) => invoke(IpcChannel.writeBackup, backup),
  removeBackup: (ref) => invoke(IpcChannel.removeBackup, ref),
  openExternal: (url) => invoke(IpcChannel.openExternal, url),
  closeWindow: () => invoke(IpcChannel.closeWindow),
  nativeEdit: (action) => invoke(IpcChannel.nativeEdit, action),
  answerSaveBeforeClose: (answer) => invoke(IpcChannel.answerSaveBeforeClose, answer),
  onFileOpened: (listener) => listen(IpcChannel.fileOpened, listener),
  onMenuCommand: (listener) => listen(IpcChannel.menuCommand, listener),
  onFileChanged: (listener) => listen(IpcChannel.fileChanged, listener),
  onSaveBeforeClose: (listener) => listen(IpcChannel.saveBeforeClose, listener),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
