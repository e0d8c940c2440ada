// The Electron main process: wires the capability modules together in the order Electron requires.
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { registerAppScheme, serveRendererFolder } from './app-protocol';
import { createFileGrants } from './file-grants';
import { registerIpcHandlers } from './ipc';
import { findFileArgument } from './launch-args';
import { denyAllPermissions, installNavigationGuards } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

// electron-vite dev sets this to its dev server; a packaged app never trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const grants = createFileGrants();
let mainWindow: BrowserWindow | null = null;

registerAppScheme();

function openMainWindow(): void {
  const window = createMainWindow(devServerUrl);
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
}

if (!claimSingleInstance(() => mainWindow, grants)) {
  app.quit();
} else {
  installNavigationGuards(devServerUrl);
  registerIpcHandlers({
    grants,
    launchFile: findFileArgument(process.argv, process.defaultApp === true, process.cwd()),
    devServerUrl,
  });

  app.whenReady().then(
    () => {
      denyAllPermissions();
      serveRendererFolder(join(__dirname, '../renderer'));
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

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
