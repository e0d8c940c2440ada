// The Electron main process: wires the capability modules together in the order Electron requires.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { registerAppScheme, serveRendererFolder } from './app-protocol';
import { createBackupOwners } from './backup-owners';
import { createBackupStore } from './backups';
import { devServerUrl as devServerUrlFor } from './dev-server';
import { createKnownVersions } from './disk-version';
import { attachDocumentSession, type DocumentSession } from './document-session';
import { createFileGrants } from './file-grants';
import { nodeWatchDeps } from './file-watcher';
import { registerIpcHandlers } from './ipc';
import { findFileArgument } from './launch-args';
import { installApplicationMenu } from './menu';
import { openGrantedFile } from './mission-files';
import { createRecentFiles } from './recent-files';
import { denyAllPermissions, installNavigationGuards } from './security';
import { claimSingleInstance } from './single-instance';
import { appDataPaths, userDataOverride } from './user-data';
import { createMainWindow } from './window';

// Before anything reads it (the single-instance lock lives there too): tests give each run its own folder.
const userData = userDataOverride(process.env, process.cwd());
if (userData) app.setPath('userData', userData);

// electron-vite dev sets this to its dev server; a production build (where DEV is the constant false) never reads it.
const devServerUrl = devServerUrlFor(process.env, import.meta.env.DEV, app.isPackaged);
const grants = createFileGrants();
const versions = createKnownVersions();
const paths = appDataPaths(app.getPath('userData'));
const backups = createBackupStore(paths.backups);
const owners = createBackupOwners<WebContents>();
const recent = createRecentFiles(paths.recentFiles);
const sessions = new Map<WebContents, DocumentSession>();
let mainSession: DocumentSession | null = null;
let launchFile = findFileArgument(process.argv, process.defaultApp === true, process.cwd());
let menu: { refresh(): void } | null = null;
// Quitting closes each window through its unsaved-changes guard; macOS keeps running once the last one closes,
// so the quit is carried on by hand unless the user cancelled it.
let quitting = false;

// Every renderer sandboxed, whatever a window's own preferences say.
app.enableSandbox();
registerAppScheme();

function activeSession(): DocumentSession | null {
  const focused = BrowserWindow.getFocusedWindow();
  return (focused && sessions.get(focused.webContents)) ?? mainSession;
}

function noteFileUsed(path: string): void {
  void recent.add(path);
  app.addRecentDocument(path);
}

/** Opens a file from outside the page (Open Recent, a second launch, Finder), asking first about unsaved work. */
async function openFromOutside(path: string): Promise<void> {
  const session = mainSession;
  if (!session) return;
  if (session.window.isMinimized()) session.window.restore();
  session.window.focus();
  if (!(await session.confirmLeave('open'))) return;
  try {
    session.showFile(await openGrantedFile(grants, path, versions));
    noteFileUsed(path);
  } catch (error) {
    void recent.remove(path);
    dialog.showErrorBox('Could not open the file', `${path}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

function openMainWindow(): void {
  const window = createMainWindow(devServerUrl);
  const contents = window.webContents;
  const session = attachDocumentSession(window, {
    grants,
    versions,
    backups,
    owners,
    watchDeps: nodeWatchDeps,
    onMenuStateChanged: () => menu?.refresh(),
    onCloseCancelled: () => void (quitting = false),
  });
  sessions.set(contents, session);
  mainSession = session;
  window.on('focus', () => menu?.refresh());
  window.on('closed', () => {
    sessions.delete(contents);
    if (mainSession === session) mainSession = null;
    if (quitting && process.platform === 'darwin' && BrowserWindow.getAllWindows().length === 0) app.quit();
  });
}

if (
  !claimSingleInstance((argv, cwd) => {
    const path = findFileArgument(argv, process.defaultApp === true, cwd);
    if (path) void openFromOutside(path);
    else mainSession?.window.focus();
  })
) {
  app.quit();
} else {
  // macOS hands over files opened from Finder this way, before and after launch.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady() && mainSession) void openFromOutside(path);
    else launchFile = path;
  });
  installNavigationGuards(devServerUrl);
  registerIpcHandlers({
    grants,
    versions,
    backups,
    owners,
    launchFile: () => launchFile,
    devServerUrl,
    sessionFor: (contents) => sessions.get(contents),
    onFileUsed: noteFileUsed,
  });

  app.whenReady().then(
    async () => {
      denyAllPermissions();
      serveRendererFolder(join(__dirname, '../renderer'));
      await recent.load();
      menu = installApplicationMenu({ activeSession, recent, openRecent: (path) => void openFromOutside(path), devTools: !app.isPackaged });
      openMainWindow();
      // macOS keeps the app running with no window; clicking its dock icon opens one again.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    },
    (error: unknown) => {
      console.error('Mission Studio could not start:', error);
      app.exit(1);
    },
  );

  app.on('before-quit', () => void (quitting = true));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
