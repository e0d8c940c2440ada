import { basename, resolve } from 'node:path';
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
  type ImportedFile,
  type OpenedFile,
  type SaveResult,
} from '../preload/ipc-contract';
import { isTrustedAppUrl } from './app-origin';
import type { BackupOwners } from './backup-owners';
import type { BackupStore } from './backups';
import { readDiskVersion, type DiskVersion, type KnownVersions } from './disk-version';
import type { DocumentSession } from './document-session';
import type { FileGrants } from './file-grants';
import { openGrantedFile, readImportFile, writeFileAtomically } from './mission-files';
import { saveMission } from './save-mission';
import { readTranslationTables } from './translation-tables';
import { openExternalLink } from './security';

/** What the IPC handlers need from the rest of main. */
export interface IpcContext {
  grants: FileGrants;
  versions: KnownVersions;
  backups: BackupStore;
  /** Which window holds which backup this run. */
  owners: BackupOwners<WebContents>;
  /** The file named on the command line (or handed over by the OS) at launch, if any. */
  launchFile(): string | null;
  devServerUrl: string | undefined;
  sessionFor(contents: WebContents): DocumentSession | undefined;
  /** A file was opened or saved as the document (not exported): it joins the recent files. */
  onFileUsed(path: string): void;
}

// File > Import…: the Twine files the importer reads (core/interop/twine).
const IMPORT_FILTERS = [
  { name: 'Twine stories', extensions: ['twee', 'tw', 'html', 'htm'] },
  { name: 'All files', extensions: ['*'] },
];

const MISSION_FILTERS = [
  { name: 'Missions', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** Registers a handler for each invoke channel of the contract. Each checks its sender and payload first. */
export function registerIpcHandlers(context: IpcContext): void {
  const { grants, versions, backups, owners } = context;
  // Paths named by backups the user restored this run, with the disk version each backup was made from. Main read
  // them from its own store, but they grant nothing: saving there goes through a dialog (save-mission.ts).
  const restored = new Map<string, DiskVersion | null>();
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
    const choice = await whileMainAsks(context, event, () =>
      window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
    );
    const path = choice.filePaths[0];
    return choice.canceled || path === undefined ? null : opened(path);
  });

  handle(context, IpcChannel.importFile, async (event, args): Promise<ImportedFile | null> => {
    requireEmpty(IpcChannel.importFile, args);
    const options = { properties: ['openFile' as const], filters: IMPORT_FILTERS };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    // Read, never granted: the imported mission is a new document that is saved where the user picks.
    return choice.canceled || path === undefined ? null : readImportFile(path);
  });

  handle(context, IpcChannel.saveFile, async (event, args): Promise<SaveResult> => {
    const request = required(IpcChannel.saveFile, args, parseSaveRequest);
    const result = await saveMission(request, {
      grants,
      versions,
      async chooseSavePath(proposal) {
        const options = { defaultPath: proposal, filters: MISSION_FILTERS };
        const window = BrowserWindow.fromWebContents(event.sender);
        const choice = await whileMainAsks(context, event, () =>
          window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
        );
        return choice.canceled || !choice.filePath ? null : choice.filePath;
      },
      restoredBase: (path) => restored.get(resolve(path)),
      readVersion: (path, known) => readDiskVersion(path, known),
      write: (path, text) => writeFileAtomically(path, text),
    });
    if (result.status === 'saved' && !request.copy) context.onFileUsed(result.path);
    return result;
  });

  handle(context, IpcChannel.exportFile, async (event, args): Promise<ExportResult> => {
    const request = required(IpcChannel.exportFile, args, parseExportRequest);
    // Only the user's choice in the dialog says where an export goes: the page never names a path.
    const filters = [
      { name: `${request.extension.toUpperCase()} files`, extensions: [request.extension] },
      { name: 'All files', extensions: ['*'] },
    ];
    const options = { defaultPath: request.suggestedName, filters };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = await whileMainAsks(context, event, () =>
      window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
    );
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

  handle(context, IpcChannel.listBackups, async (event, args) => {
    requireEmpty(IpcChannel.listBackups, args);
    // Another live window's backup is its work in progress, not something left behind: never offered here.
    return (await backups.list()).filter((backup) => [undefined, event.sender].includes(owners.ownerOf(backup.id)));
  });

  handle(context, IpcChannel.readBackup, async (event, args): Promise<BackupContent | null> => {
    const ref = required(IpcChannel.readBackup, args, parseBackupRef);
    claimForUser(context, event, IpcChannel.readBackup, ref.id);
    const stored = await backups.read(ref);
    if (!stored) return null;
    const { content, base } = stored;
    if (content.path !== undefined) {
      // Restoring grants nothing: the path is remembered with the version the work was based on, so a save there
      // asks the user (a dialog) and notices a change another program made since.
      restored.set(resolve(content.path), base);
      if (base !== null && grants.has(content.path)) versions.set(content.path, base);
    }
    return content;
  });

  handle(context, IpcChannel.writeBackup, async (event, args) => {
    const backup = required(IpcChannel.writeBackup, args, parseBackupWrite);
    const path = backup.path;
    if (path !== undefined && !grants.has(path) && !restored.has(resolve(path)))
      throw new Error(`Refused ${IpcChannel.writeBackup}: ${path} was not opened or chosen by the user`);
    const owner = owners.ownerOf(backup.id);
    if (owner !== undefined && owner !== event.sender)
      throw new Error(`Refused ${IpcChannel.writeBackup}: that backup belongs to another window`);
    // The page flushes its backup as it unloads; after Save or Don't Save on closing, that work is settled.
    if (context.sessionFor(event.sender)?.acceptsBackups() === false) return;
    owners.claim(backup.id, event.sender);
    // The version main itself last read or wrote, never one the page reports: what the work was based on.
    const base = path === undefined ? null : grants.has(path) ? (versions.get(path) ?? null) : (restored.get(resolve(path)) ?? null);
    await backups.write(backup, base);
  });

  handle(context, IpcChannel.removeBackup, async (event, args) => {
    const ref = required(IpcChannel.removeBackup, args, parseBackupRef);
    claimForUser(context, event, IpcChannel.removeBackup, ref.id);
    await backups.remove(ref);
    owners.drop(ref.id);
  });

  handle(context, IpcChannel.openExternal, async (event, args) => {
    if (args.length !== 1) throw new Error(`Refused ${IpcChannel.openExternal}: malformed payload`);
    // One link per click or key press: a page cannot open browser tabs by itself, nor many at once.
    if (!sessionOf(context, event).takeGesture()) return false;
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
    // Any message shows the page is alive: a save-before-close keeps waiting for it.
    context.sessionFor(event.sender)?.noteActivity();
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

/**
 * Lets the sender act on backup `id`: its own, or one no live window holds (left by an ended session), which it
 * then holds, but only when a real user input paid for it (restoring or discarding is the user's answer to an
 * offer). Another live window's backup is refused outright.
 */
function claimForUser(context: IpcContext, event: IpcMainInvokeEvent, channel: string, id: string): void {
  const owner = context.owners.ownerOf(id);
  if (owner === event.sender) return;
  if (owner !== undefined) throw new Error(`Refused ${channel}: that backup belongs to another window`);
  if (!sessionOf(context, event).takeGesture())
    throw new Error(`Refused ${channel}: only the user can restore or discard a backup left by another session`);
  context.owners.claim(id, event.sender);
}

/** Runs main's own dialog for the sender's window; its save-before-close does not time out meanwhile. */
function whileMainAsks<T>(context: IpcContext, event: IpcMainInvokeEvent, step: () => Promise<T>): Promise<T> {
  const session = context.sessionFor(event.sender);
  return session ? session.whileMainAsks(step) : step();
}

function sessionOf(context: IpcContext, event: IpcMainInvokeEvent): DocumentSession {
  const session = context.sessionFor(event.sender);
  if (!session) throw new Error('Refused: no document window for this sender');
  return session;
}
