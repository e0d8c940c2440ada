import type { MissionStudioBridge, OpenedFile } from '../../preload/ipc-contract';
import { DEFAULT_MISSION } from './default-mission';
import type { Host, MissionDocument } from './host.types';

declare global {
  interface Window {
    /** Present only inside the Electron app, put there by preload/index.ts. */
    missionStudio?: MissionStudioBridge;
  }
}

/** A host backed by the preload bridge: real files on disk, through main's checked IPC handlers. */
export function createElectronHost(bridge: MissionStudioBridge): Host {
  return {
    kind: 'electron',
    readDefaultMission: () => Promise.resolve(DEFAULT_MISSION),
    readLaunchFile: async () => toDocument(await bridge.readLaunchFile()),
    openFile: async () => toDocument(await bridge.openFile()),
    async saveFile(document) {
      const request = document.path
        ? { text: document.text, path: document.path }
        : { text: document.text, suggestedName: document.name };
      return bridge.saveFile(request);
    },
    onFileOpened: (listener) => bridge.onFileOpened((file) => listener(fromOpenedFile(file))),
  };
}

function toDocument(file: OpenedFile | null): MissionDocument | null {
  return file ? fromOpenedFile(file) : null;
}

function fromOpenedFile(file: OpenedFile): MissionDocument {
  return { name: file.name, text: file.text, path: file.path };
}
