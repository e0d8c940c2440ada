import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { APP_NAME } from './window-title';

/** Where the built preload script sits, relative to the built main script (out/main -> out/preload). */
const PRELOAD_PATH = join(__dirname, '../preload/index.js');

/**
 * Opens the main window with every web preference locked down (Electron's security checklist), loading
 * the dev server in `electron-vite dev` and the app scheme otherwise.
 */
export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    title: APP_NAME,
    backgroundColor: '#111418',
    show: false,
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click on a link would otherwise open it in a new window (blocked anyway; this stops the event).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  // Main owns the title (file name and dirty mark, from the document state), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  // Shown once painted, so the dark theme never flashes white.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
