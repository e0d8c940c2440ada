import { expect, type Page } from '@playwright/test';

/** The Source region, and Monaco's drawn text in it (its lines have the role "code"). */
export const sourceRegion = (page: Page) => page.getByRole('region', { name: 'Source' });
export const monacoText = (page: Page) => sourceRegion(page).getByRole('code');

/**
 * Waits for Monaco to replace the plain text area the region shows while it loads. Until then, keys meant for
 * Monaco's commands (Ctrl+G, then a line number) land in the text area as text and break the JSON. Parsing
 * Monaco's 4 MB chunk can take several seconds on a busy machine, more than the default 5 s of an expectation.
 */
export async function monacoLoaded(page: Page): Promise<void> {
  await expect(monacoText(page)).toBeVisible({ timeout: 20_000 });
}

/** Puts Monaco's cursor on a line (from 1), and column if given, with its "Go to Line" (Ctrl+G, `line:column`). */
export async function goToLine(page: Page, line: number, column?: number): Promise<void> {
  await monacoLoaded(page);
  await sourceRegion(page).getByRole('textbox', { name: 'Mission source' }).focus();
  await page.keyboard.press('Control+g');
  await page.keyboard.type(column === undefined ? String(line) : `${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Expects Monaco to show `text` on `line` of the file: it draws only the lines in view, so go there first. */
export async function expectSourceLine(page: Page, line: number, text: string): Promise<void> {
  await goToLine(page, line);
  await expect(monacoText(page)).toContainText(text);
}
