// Where the renderer is loaded from, and which page URLs main trusts. Pure: no Electron import, so it is
// unit-tested in Node and shared by the window, the protocol handler, navigation guards and IPC checks.

/** The privileged scheme that serves out/renderer (Electron advises against file:// for app content). */
export const APP_SCHEME = 'app';

/** The one host under the app scheme; anything else is not ours. */
export const APP_HOST = 'mission-studio';

/** The URL the main window loads in a built app. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Whether a page at `url` is the app itself: the app scheme and host, or (in `electron-vite dev` only)
 * the dev server's origin. Compares scheme and host by hand because Node gives non-special schemes a
 * `null` origin.
 */
export function isTrustedAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  return dev !== null && dev.protocol.startsWith('http') && parsed.origin === dev.origin;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
