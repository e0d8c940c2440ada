import { app, dialog, type BrowserWindow } from 'electron';
import { IpcChannel } from '../preload/ipc-contract';
import type { FileGrants } from './file-grants';
import { findFileArgument } from './launch-args';
import { openGrantedFile } from './mission-files';

/**
 * Makes this the only running instance. Returns false when another instance already runs: this one should
 * quit, and the running one receives its command line (and opens any file it names).
 */
export function claimSingleInstance(getWindow: () => BrowserWindow | null, grants: FileGrants): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const path = findFileArgument(argv, process.defaultApp === true, workingDirectory);
    if (!path) return;
    openGrantedFile(grants, path).then(
      (file) => window.webContents.send(IpcChannel.fileOpened, file),
      (error: unknown) => dialog.showErrorBox('Could not open the file', `${path}\n${String(error)}`),
    );
  });
  return true;
}
