// What main knows about the document in one window, and what it does with that: the title and dirty mark,
// watching the file for changes by others, and asking before unsaved work is dropped (closing, opening another
// file from outside the page). Thin glue over the pure modules it names.
import { dialog, type BrowserWindow, type WebContents } from 'electron';
import { IpcChannel, type DocumentState, type MenuCommandState, type OpenedFile } from '../preload/ipc-contract';
import type { BackupOwners } from './backup-owners';
import type { BackupStore } from './backups';
import { choiceOfResponse, createSaveRequests, decideLeave, keptBackupDialog, unsavedChangesDialog, type Timers } from './close-guard';
import type { KnownVersions } from './disk-version';
import type { FileGrants } from './file-grants';
import { createFileWatcher, type WatchDeps } from './file-watcher';
import { createGestureGate, isGestureInput } from './user-gestures';
import { windowTitle } from './window-title';

/** What a session needs from the rest of main. */
export interface SessionDeps {
  grants: FileGrants;
  versions: KnownVersions;
  backups: BackupStore;
  /** Which window holds which backup: a window's own are the ones settled when it closes. */
  owners: BackupOwners<WebContents>;
  watchDeps: WatchDeps;
  /** How long a save-before-close answer may take, and the timers that measure it (tests pass fakes). */
  saveAnswer?: { timeoutMs: number; timers: Timers };
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
  /** Spends one real user input (a click or key press main saw reach this window); false when there is none. */
  takeGesture(): boolean;
  /** The page sent a message: it is alive (a save-before-close keeps waiting for it). */
  noteActivity(): void;
  /** Runs main's own dialog for this window; a save-before-close waits without a time limit meanwhile. */
  whileMainAsks<T>(step: () => Promise<T>): Promise<T>;
}

/** Attaches a session to a new window: title, close guard, file watching. */
export function attachDocumentSession(window: BrowserWindow, deps: SessionDeps): DocumentSession {
  let current: DocumentState | null = null;
  let commands: MenuCommandState[] = [];
  let leaving: Promise<boolean> | null = null;
  let closeAllowed = false;
  // The renderer crashed (gone for good) or stopped responding (it may come back): either way it cannot answer now.
  let crashed = false;
  let unresponsive = false;
  const contents = window.webContents;
  const pageGone = () => crashed || unresponsive || contents.isDestroyed() || contents.isCrashed();
  const saves = createSaveRequests(deps.saveAnswer?.timeoutMs, deps.saveAnswer?.timers);
  const gestures = createGestureGate();
  const watcher = createFileWatcher(deps.watchDeps, deps.versions, (path) => {
    const name = current?.path === path ? current.name : path;
    if (!contents.isDestroyed()) contents.send(IpcChannel.fileChanged, { path, name });
  });

  async function askAndMaybeSave(reason: 'close' | 'open'): Promise<boolean> {
    const doc = current;
    const name = doc?.name ?? 'this mission';
    const outcome = await decideLeave({
      dirty: doc?.dirty ?? false,
      pageGone,
      ask: async () => choiceOfResponse((await dialog.showMessageBox(window, unsavedChangesDialog(name, reason))).response),
      save: () =>
        pageGone() ? Promise.resolve('no-answer' as const) : saves.request((id) => contents.send(IpcChannel.saveBeforeClose, id)),
    });
    if (outcome === 'abandoned') {
      // Nothing can open in a page that cannot answer; a close goes on, keeping the backup and saying so.
      if (reason !== 'close') return false;
      closeAllowed = true;
      await dialog.showMessageBox(window, keptBackupDialog(name, await newestBackupTime())).catch(() => undefined);
      return true;
    }
    const settled = outcome === 'discarded' || outcome === 'saved';
    // From here on the window closes: a backup the page flushes while unloading must not bring the work back.
    if (settled && reason === 'close') closeAllowed = true;
    // Saved or dropped, the changes need no backup any more, or the next launch would offer them back (the
    // renderer removes it too after a save, but the window may be gone before that message lands).
    if (settled) {
      for (const id of deps.owners.idsOf(contents)) {
        await deps.backups.remove({ id }).catch(() => undefined);
        deps.owners.drop(id);
      }
    }
    return outcome !== 'stay';
  }

  /** When this window's newest backup was written, in the user's words; null when it has none. */
  async function newestBackupTime(): Promise<string | null> {
    let newest: number | null = null;
    for (const id of deps.owners.idsOf(contents)) {
      const stored = await deps.backups.read({ id }).catch(() => null);
      if (stored && (newest === null || stored.content.savedAt > newest)) newest = stored.content.savedAt;
    }
    return newest === null ? null : new Date(newest).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
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
    takeGesture: () => gestures.take(),
    noteActivity: () => saves.keepAlive(),
    async whileMainAsks(step) {
      saves.pause();
      try {
        return await step();
      } finally {
        saves.resume();
      }
    },
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
  contents.on('input-event', (_event, input: { type: string }) => {
    if (isGestureInput(input.type)) gestures.note();
  });
  contents.on('render-process-gone', () => {
    crashed = true;
    saves.cancelAll();
  });
  window.on('unresponsive', () => {
    unresponsive = true;
    saves.cancelAll();
  });
  window.on('responsive', () => void (unresponsive = false));
  window.on('closed', () => {
    watcher.dispose();
    saves.cancelAll();
    // Whatever backups are left are the next launch's to offer.
    deps.owners.release(contents);
  });
  return session;
}
