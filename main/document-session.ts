// What main knows about the document in one window, and what it does with that: the title and dirty mark,
// watching the file for changes by others, and asking before unsaved work is dropped (closing, opening another
// file from outside the page). Thin glue over the pure modules it names.
import { dialog, type BrowserWindow } from 'electron';
import { IpcChannel, type DocumentState, type MenuCommandState, type OpenedFile } from '../preload/ipc-contract';
import type { BackupStore } from './backups';
import { choiceOfResponse, createSaveRequests, decideLeave, unsavedChangesDialog } from './close-guard';
import type { KnownVersions } from './disk-version';
import type { FileGrants } from './file-grants';
import { createFileWatcher, type WatchDeps } from './file-watcher';
import { windowTitle } from './window-title';

/** What a session needs from the rest of main. */
export interface SessionDeps {
  grants: FileGrants;
  versions: KnownVersions;
  backups: BackupStore;
  watchDeps: WatchDeps;
  /** The renderer reported new menu state: rebuild the menu. */
  onMenuStateChanged(): void;
  /** A close of this window was cancelled (an app quit that caused it stops too). */
  onCloseCancelled(): void;
}

/** One window's document, as main sees it. */
export interface DocumentSession {
  readonly window: BrowserWindow;
  document(): DocumentState | null;
  menuCommands(): readonly MenuCommandState[];
  setDocumentState(state: DocumentState): void;
  setMenuState(commands: MenuCommandState[]): void;
  /** The renderer's answer to a save-before-close request; false for an unknown request. */
  answerSave(requestId: number, saved: boolean): boolean;
  /** Asks (Save / Don't Save / Cancel) when there are unsaved changes; resolves whether to go on. */
  confirmLeave(reason: 'close' | 'open'): Promise<boolean>;
  runCommand(id: string): void;
  showFile(file: OpenedFile): void;
  /** False once the user let the window close (after Save or Don't Save): a late backup would bring the work back. */
  acceptsBackups(): boolean;
}

/** Attaches a session to a new window: title, close guard, file watching. */
export function attachDocumentSession(window: BrowserWindow, deps: SessionDeps): DocumentSession {
  let current: DocumentState | null = null;
  let commands: MenuCommandState[] = [];
  let leaving: Promise<boolean> | null = null;
  let closeAllowed = false;
  const saves = createSaveRequests();
  const contents = window.webContents;
  const watcher = createFileWatcher(deps.watchDeps, deps.versions, (path) => {
    const name = current?.path === path ? current.name : path;
    if (!contents.isDestroyed()) contents.send(IpcChannel.fileChanged, { path, name });
  });

  async function askAndMaybeSave(reason: 'close' | 'open'): Promise<boolean> {
    const doc = current;
    const outcome = await decideLeave({
      dirty: doc?.dirty ?? false,
      ask: async () => choiceOfResponse((await dialog.showMessageBox(window, unsavedChangesDialog(doc?.name ?? 'this mission', reason))).response),
      save: () => (contents.isDestroyed() || contents.isCrashed() ? Promise.resolve(false) : saves.request((id) => contents.send(IpcChannel.saveBeforeClose, id))),
    });
    const settled = outcome === 'discarded' || outcome === 'saved';
    // From here on the window closes: a backup the page flushes while unloading must not bring the work back.
    if (settled && reason === 'close') closeAllowed = true;
    // Saved or dropped, the changes need no backup any more, or the next launch would offer them back (the
    // renderer removes it too after a save, but the window may be gone before that message lands).
    if (settled && doc) await deps.backups.remove({ name: doc.name, ...(doc.path === undefined ? {} : { path: doc.path }) }).catch(() => undefined);
    return outcome !== 'stay';
  }

  const session: DocumentSession = {
    window,
    document: () => current,
    menuCommands: () => commands,
    setDocumentState(state) {
      current = state;
      window.setTitle(windowTitle(state));
      if (process.platform === 'darwin') {
        window.setDocumentEdited(state.dirty);
        window.setRepresentedFilename(state.path && deps.grants.has(state.path) ? state.path : '');
      }
      watcher.watch(state.path !== undefined && deps.grants.has(state.path) ? state.path : null);
    },
    setMenuState(next) {
      commands = next;
      deps.onMenuStateChanged();
    },
    answerSave: (requestId, saved) => saves.answer(requestId, saved),
    confirmLeave(reason) {
      // One question at a time: a second Close while the box is up waits for the same answer.
      leaving ??= askAndMaybeSave(reason).finally(() => (leaving = null));
      return leaving;
    },
    runCommand(id) {
      if (!contents.isDestroyed()) contents.send(IpcChannel.menuCommand, id);
    },
    showFile(file) {
      if (!contents.isDestroyed()) contents.send(IpcChannel.fileOpened, file);
    },
    acceptsBackups: () => !closeAllowed,
  };

  window.on('close', (event) => {
    if (closeAllowed || !current?.dirty) return;
    event.preventDefault();
    void session.confirmLeave('close').then((go) => {
      if (!go) return deps.onCloseCancelled();
      closeAllowed = true;
      window.close();
    });
  });
  // A change made while the app was in the background is noticed when the user comes back, even where the
  // file system sends no events (network drives).
  window.on('focus', () => void watcher.check());
  contents.on('render-process-gone', () => saves.cancelAll());
  window.on('closed', () => {
    watcher.dispose();
    saves.cancelAll();
  });
  return session;
}
