// The preload script: runs sandboxed, before the page, and exposes exactly one object to it.
// Every method forwards to a named channel of the contract; no ipcRenderer, no Node API reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_KEY,
  IpcChannel,
  type MissionStudioBridge,
  type OpenedFile,
  type SaveRequest,
} from './ipc-contract';

const bridge: MissionStudioBridge = {
  readLaunchFile: () => ipcRenderer.invoke(IpcChannel.readLaunchFile) as Promise<OpenedFile | null>,
  openFile: () => ipcRenderer.invoke(IpcChannel.openFile) as Promise<OpenedFile | null>,
  saveFile: (request: SaveRequest) =>
    ipcRenderer.invoke(IpcChannel.saveFile, request) as ReturnType<MissionStudioBridge['saveFile']>,
  onFileOpened(listener) {
    // Wrap the listener so the page never sees the IpcRendererEvent (it carries `sender`).
    const forward = (_event: IpcRendererEvent, file: OpenedFile) => listener(file);
    ipcRenderer.on(IpcChannel.fileOpened, forward);
    return () => {
      ipcRenderer.removeListener(IpcChannel.fileOpened, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
