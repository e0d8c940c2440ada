// Driving the Electron main process from a spec: the native menu, native dialogs (which no test can click, so
// they are replaced by answers given in advance), the window title and calls to shell.openExternal.
import { expect, type ElectronApplication } from '@playwright/test';

/** A menu item's state as main built it, or null when the menu has no such item. */
export function menuItem(
  app: ElectronApplication,
  id: string,
): Promise<{ label: string; enabled: boolean; accelerator: string | null } | null> {
  return app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    return item ? { label: item.label, enabled: item.enabled, accelerator: item.accelerator ?? null } : null;
  }, id);
}

/** Chooses a menu item, as a click on it would, once the renderer has enabled it. */
export async function clickMenuItem(app: ElectronApplication, id: string): Promise<void> {
  await expect.poll(async () => (await menuItem(app, id))?.enabled, { message: `menu item ${id} enabled` }).toBe(true);
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`The menu has no item ${itemId}`);
    item.click();
  }, id);
}

/** The labels of File ▸ Open Recent. */
export function recentFileLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(
    ({ Menu }) =>
      Menu.getApplicationMenu()
        ?.getMenuItemById('file.openRecent')
        ?.submenu?.items.map((item) => item.label) ?? [],
  );
}

/** Makes the next open dialogs answer `path`. */
export async function answerOpenDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
  }, path);
}

/** Makes the next save dialogs answer `path`. */
export async function answerSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
  }, path);
}

/**
 * Makes the next message boxes answer with the button at `response` and records their messages, read back by
 * messageBoxesShown (Save = 0, Don't Save = 1, Cancel = 2 in the unsaved-changes box).
 */
export async function answerMessageBoxes(app: ElectronApplication, response: number): Promise<void> {
  await app.evaluate(({ dialog }, button) => {
    const shown = ((globalThis as { shownMessageBoxes?: string[] }).shownMessageBoxes ??= []);
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.find((arg): arg is { message: string } => typeof arg === 'object' && arg !== null && 'message' in arg);
      shown.push(options?.message ?? '');
      return { response: button, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  }, response);
}

/** The messages of the message boxes shown since answerMessageBoxes. */
export function messageBoxesShown(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as { shownMessageBoxes?: string[] }).shownMessageBoxes ?? []);
}

/** Records the URLs handed to shell.openExternal instead of opening a browser; read back by externalUrlsOpened. */
export async function recordExternalLinks(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ shell }) => {
    const opened = ((globalThis as { openedExternalUrls?: string[] }).openedExternalUrls ??= []);
    shell.openExternal = (async (url: string) => void opened.push(url)) as typeof shell.openExternal;
  });
}

/** The URLs shell.openExternal was asked to open. */
export function externalUrlsOpened(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as { openedExternalUrls?: string[] }).openedExternalUrls ?? []);
}

/** The first window's title, as main set it. */
export function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

/** Asks the first window to close, as its close button would. */
export async function closeWindow(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
}
