import { basename } from 'node:path';
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import {
  IpcChannel,
  isEmptyPayload,
  parseBackupRef,
  parseBackupWrite,
  parseDocumentState,
  parseExportRequest,
  parseMenuState,
  parseNativeEditAction,
  parsePath,
  parseSaveBeforeCloseAnswer,
  parseSaveRequest,
  type BackupContent,
  type ExportResult,
  type OpenedFile,
  type SaveResult,
} from '../preload/ipc-contract';
import { isTrustedAppUrl } from './app-origin';
import type { BackupStore } from './backups';
import { readDiskVersion, type KnownVersions } from './disk-version';
import type { DocumentSession } from './document-session';
import type { FileGrants } from './file-grants';
import { openGrantedFile, writeFileAtomically } from './mission-files';
import { saveMission } from './save-mission';
import { readTranslationTables } from './translation-tables';
import { openExternalLink } from './security';

/** What the IPC handlers need from the rest of main. */
export interface IpcContext {
  grants: FileGrants;
  versions: KnownVersions;
  backups: BackupStore;
  /** The file named on the command line (or handed over by the OS) at launch, if any. */
  launchFile(): string | null;
  devServerUrl: string | undefined;
  sessionFor(contents: WebContents): DocumentSession | undefined;
  /** A file was opened or saved as the document (not exported): it joins the recent files. */
  onFileUsed(path: string): void;
}

const MISSION_FILTERS = [
  { name: 'Missions', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** Registers a handler for each invoke channel of the contract. Each checks its sender and payload first. */
export function registerIpcHandlers(context: IpcContext): void {
  const { grants, versions, backups } = context;
  const opened = async (path: string): Promise<OpenedFile> => {
    const file = await openGrantedFile(grants, path, versions);
    context.onFileUsed(path);
    return file;
  };

  handle(context, IpcChannel.readLaunchFile, async (_event, args) => {
    requireEmpty(IpcChannel.readLaunchFile, args);
    const path = context.launchFile();
    return path ? opened(path) : null;
  });

  handle(context, IpcChannel.openFile, async (event, args): Promise<OpenedFile | null> => {
    requireEmpty(IpcChannel.openFile, args);
    const options = { properties: ['openFile' as const], filters: MISSION_FILTERS };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    return choice.canceled || path === undefined ? null : opened(path);
  });

  handle(context, IpcChannel.saveFile, async (event, args): Promise<SaveResult> => {
    const request = required(IpcChannel.saveFile, args, parseSaveRequest);
    const result = await saveMission(request, {
      grants,
      versions,
      async chooseSavePath(suggestedName) {
        const options = { defaultPath: suggestedName, filters: MISSION_FILTERS };
        const window = BrowserWindow.fromWebContents(event.sender);
        const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return choice.canceled || !choice.filePath ? null : choice.filePath;
      },
      readVersion: (path, known) => readDiskVersion(path, known),
      write: (path, text) => writeFileAtomically(path, text),
    });
    if (result.status === 'saved' && !request.copy) context.onFileUsed(result.path);
    return result;
  });

  handle(context, IpcChannel.exportFile, async (event, args): Promise<ExportResult> => {
    const request = required(IpcChannel.exportFile, args, parseExportRequest);
    // Only the user's choice in the dialog says where an export goes: the page never names a path.
    const filters = [{ name: `${request.extension.toUpperCase()} files`, extensions: [request.extension] }, { name: 'All files', extensions: ['*'] }];
    const options = { defaultPath: request.suggestedName, filters };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    await writeFileAtomically(choice.filePath, request.data);
    return { status: 'saved', path: choice.filePath, name: basename(choice.filePath) };
  });

  handle(context, IpcChannel.readFile, async (_event, args) => {
    const path = required(IpcChannel.readFile, args, parsePath);
    if (!grants.has(path)) throw new Error(`Refused ${IpcChannel.readFile}: ${path} was not opened or chosen by the user`);
    return openGrantedFile(grants, path, versions);
  });

  handle(context, IpcChannel.readTranslationTables, async (_event, args) => {
    const path = required(IpcChannel.readTranslationTables, args, parsePath);
    // Only beside a file the user opened, and only files named as its string tables.
    if (!grants.has(path)) throw new Error(`Refused ${IpcChannel.readTranslationTables}: ${path} was not opened or chosen by the user`);
    return readTranslationTables(path);
  });

  handle(context, IpcChannel.setDocumentState, async (event, args) => {
    sessionOf(context, event).setDocumentState(required(IpcChannel.setDocumentState, args, parseDocumentState));
  });

  handle(context, IpcChannel.setMenuState, async (event, args) => {
    sessionOf(context, event).setMenuState(required(IpcChannel.setMenuState, args, parseMenuState));
  });

  handle(context, IpcChannel.listBackups, async (_event, args) => {
    requireEmpty(IpcChannel.listBackups, args);
    return backups.list();
  });

  handle(context, IpcChannel.readBackup, async (_event, args): Promise<BackupContent | null> => {
    const backup = await backups.read(required(IpcChannel.readBackup, args, parseBackupRef));
    // Its path was granted when the backup was written; restoring it lets the user save back there again.
    if (backup?.path !== undefined) grants.grant(backup.path);
    return backup;
  });

  handle(context, IpcChannel.writeBackup, async (event, args) => {
    const backup = required(IpcChannel.writeBackup, args, parseBackupWrite);
    if (backup.path !== undefined && !grants.has(backup.path)) throw new Error(`Refused ${IpcChannel.writeBackup}: ${backup.path} was not opened or chosen by the user`);
    // The page flushes its backup as it unloads; after Save or Don't Save on closing, that work is settled.
    if (context.sessionFor(event.sender)?.acceptsBackups() === false) return;
    await backups.write(backup);
  });

  handle(context, IpcChannel.removeBackup, async (_event, args) => {
    await backups.remove(required(IpcChannel.removeBackup, args, parseBackupRef));
  });

  handle(context, IpcChannel.openExternal, async (_event, args) => {
    if (args.length !== 1) throw new Error(`Refused ${IpcChannel.openExternal}: malformed payload`);
    return openExternalLink(args[0]);
  });

  handle(context, IpcChannel.closeWindow, async (event, args) => {
    requireEmpty(IpcChannel.closeWindow, args);
    BrowserWindow.fromWebContents(event.sender)?.close();
  });

  handle(context, IpcChannel.nativeEdit, async (event, args) => {
    const action = required(IpcChannel.nativeEdit, args, parseNativeEditAction);
    event.sender[action]();
  });

  handle(context, IpcChannel.answerSaveBeforeClose, async (event, args) => {
    const answer = required(IpcChannel.answerSaveBeforeClose, args, parseSaveBeforeCloseAnswer);
    sessionOf(context, event).answerSave(answer.requestId, answer.saved);
  });
}

type InvokeHandler = (event: IpcMainInvokeEvent, args: unknown[]) => Promise<unknown>;

// Only the app's own top-level page may call: not an iframe, not a page that navigated elsewhere.
function handle(context: IpcContext, channel: string, handler: InvokeHandler): void {
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

function requireEmpty(channel: string, args: readonly unknown[]): void {
  if (!isEmptyPayload(args)) throw new Error(`Refused ${channel}: it takes no payload`);
}

/** The one payload of a channel, checked by `parse`; throws (the page sees a rejected promise) when malformed. */
function required<T>(channel: string, args: readonly unknown[], parse: (value: unknown) => T | null): T {
  const value = args.length === 1 ? parse(args[0]) : null;
  if (value === null) throw new Error(`Refused ${channel}: malformed payload`);
  return value;
}

function sessionOf(context: IpcContext, event: IpcMainInvokeEvent): DocumentSession {
  const session = context.sessionFor(event.sender);
  if (!session) throw new Error('Refused: no document window for this sender');
  return session;
}
