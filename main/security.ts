import { app, session, shell } from 'electron';
import { parseExternalUrl } from '../preload/ipc-contract';
import { isTrustedAppUrl } from './app-origin';

/**
 * Guards every web contents as it is created: no navigation away from the app (main frame or any frame), no
 * new windows, no <webview>. Call before the first window opens.
 */
export function installNavigationGuards(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => {
    const keepInApp = (event: { preventDefault(): void }, url: string) => {
      if (!isTrustedAppUrl(url, devServerUrl)) event.preventDefault();
    };
    contents.on('will-navigate', keepInApp);
    contents.on('will-frame-navigate', (event) => keepInApp(event, event.url));
    contents.on('will-redirect', keepInApp);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Denies every permission request and check (camera, notifications, USB, HID, ...); the app needs none. Call once ready. */
export function denyAllPermissions(): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.setDevicePermissionHandler(() => false);
}

/**
 * Opens a link the user clicked in their own browser. Only http(s) URLs pass (see parseExternalUrl): a
 * `file:` or custom-scheme URL could start a program. Returns whether the URL was handed on.
 */
export async function openExternalLink(url: unknown): Promise<boolean> {
  const checked = parseExternalUrl(url);
  if (checked === null) return false;
  await shell.openExternal(checked);
  return true;
}
