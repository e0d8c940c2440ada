import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Makes the page a browser without a save picker, so Save downloads the file (call before `page.goto`). */
export async function withoutSavePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

/** Clicks a toolbar button that saves, confirms the download finished, and returns the text of the download. */
export async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('navigation', { name: 'Toolbar' }).getByRole('button', { name: button, exact: true }).click();
  const file = await started;
  const text = readFileSync(await file.path(), 'utf8');
  await page.getByRole('alertdialog', { name: 'Did the download finish?' }).getByRole('button', { name: 'Yes, it is saved' }).click();
  return { name: file.suggestedFilename(), text };
}

/** Opens `text` as a file named `name` through the toolbar's Open button. */
export async function reopen(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('navigation', { name: 'Toolbar' }).getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Toolbar > Import > `item` ("Twine story…", "Translation…"), answering the browser's file picker with `path`. */
export async function importThrough(page: Page, item: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('navigation', { name: 'Toolbar' }).getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('menu', { name: 'Import' }).getByRole('menuitem', { name: item }).click();
  await (await chooser).setFiles(path);
}
