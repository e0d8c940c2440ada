import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import { basename } from 'node:path';
import { IpcChannel, isEmptyPayload, parseSaveRequest, type OpenedFile, type SavedFile } from '../preload/ipc-contract';
import { isTrustedAppUrl } from './app-origin';
import type { FileGrants } from './file-grants';
import { openGrantedFile, writeFileAtomically } from './mission-files';

/** What the IPC handlers need from the rest of main. */
export interface IpcContext {
  grants: FileGrants;
  /** The file named on the command line at launch, if any. */
  launchFile: string | null;
  devServerUrl: string | undefined;
}

const MISSION_FILTERS = [
  { name: 'Missions', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** Registers a handler for each invoke channel of the contract. Each checks its sender and payload first. */
export function registerIpcHandlers(context: IpcContext): void {
  handleTrusted(context, IpcChannel.readLaunchFile, async (_event, args) => {
    requireEmptyPayload(IpcChannel.readLaunchFile, args);
    return context.launchFile ? openGrantedFile(context.grants, context.launchFile) : null;
  });

  handleTrusted(context, IpcChannel.openFile, async (event, args): Promise<OpenedFile | null> => {
    requireEmptyPayload(IpcChannel.openFile, args);
    const options = { properties: ['openFile' as const], filters: MISSION_FILTERS };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    return choice.canceled || path === undefined ? null : openGrantedFile(context.grants, path);
  });

  handleTrusted(context, IpcChannel.saveFile, async (event, args): Promise<SavedFile | null> => {
    const request = args.length === 1 ? parseSaveRequest(args[0]) : null;
    if (!request) throw new Error(`Refused ${IpcChannel.saveFile}: malformed payload`);
    let path = request.path;
    if (path !== undefined && !context.grants.has(path)) {
      throw new Error(`Refused ${IpcChannel.saveFile}: ${path} was not opened or chosen by the user`);
    }
    if (path === undefined) {
      const options = { defaultPath: request.suggestedName ?? 'untitled.mission.json', filters: MISSION_FILTERS };
      const window = BrowserWindow.fromWebContents(event.sender);
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      path = choice.filePath;
      context.grants.grant(path);
    }
    await writeFileAtomically(path, request.text);
    return { path, name: basename(path) };
  });
}

type InvokeHandler = (event: IpcMainInvokeEvent, args: unknown[]) => Promise<unknown>;

// Only the app's own top-level page may call: not an iframe, not a page that navigated elsewhere.
function handleTrusted(context: IpcContext, channel: string, handler: InvokeHandler): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    if (!isTrustedFrame(event.senderFrame, context.devServerUrl)) {
      throw new Error(`Refused ${channel}: the sender is not the app's own page`);
    }
    return handler(event, args);
  });
}

function isTrustedFrame(frame: WebFrameMain | null, devServerUrl: string | undefined): boolean {
  return frame !== null && frame.parent === null && isTrustedAppUrl(frame.url, devServerUrl);
}

function requireEmptyPayload(channel: string, args: readonly unknown[]): void {
  if (!isEmptyPayload(args)) throw new Error(`Refused ${channel}: it takes no payload`);
}
