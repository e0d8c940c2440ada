import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE, SECOND_WAVE_TEXT } from '../support/missions';
import { countBackups } from '../support/backups';
import { download, reopen, withoutSavePicker } from '../support/files';

/** Loads the app, in a browser without a save picker (saving is a download), and waits for the bundled mission. */
async function openApp(page: Page) {
  await withoutSavePicker(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await expect(page.getByText(`${SECOND_WAVE.nodeCount} nodes`, { exact: true })).toBeVisible();
}

/** Deletes every node with the keyboard (Select All, Delete): an edit any view leaves alone. */
async function deleteEverything(page: Page) {
  await page.getByRole('contentinfo', { name: 'Status' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(page.getByText('0 nodes', { exact: true })).toBeVisible();
}

/** Reloads the page, saying yes to the browser's "leave with unsaved changes?" question. */
async function reloadAnyway(page: Page) {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
}

test.describe('files in the browser host', () => {
  test('saving downloads the mission unchanged, and opening that file shows the same mission', async ({ page }) => {
    await openApp(page);
    const saved = await download(page, 'Save');
    expect(saved.name).toBe('second-wave.mission.json');
    expect(saved.text).toBe(SECOND_WAVE_TEXT);
    await reopen(page, saved.name, saved.text);
    await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
    await expect(page.getByText(`${SECOND_WAVE.nodeCount} nodes`, { exact: true })).toBeVisible();
  });

  test('an edited mission saves with the edit, clears the dirty mark, and reopens as saved', async ({ page }) => {
    await openApp(page);
    await deleteEverything(page);
    await expect(page.getByLabel('unsaved changes')).toBeVisible();
    const saved = await download(page, 'Save');
    expect((JSON.parse(saved.text) as { nodes: unknown[] }).nodes).toEqual([]);
    await expect(page.getByLabel('unsaved changes')).toHaveCount(0);
    await reopen(page, 'emptied.mission.json', saved.text);
    await expect(page.getByText('0 nodes', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  });

  test('offers to restore unsaved edits after a reload, from IndexedDB', async ({ page }) => {
    await openApp(page);
    await deleteEverything(page);
    // The backup lands about a second after the last edit.
    await expect.poll(() => countBackups(page)).toBe(1);
    await reloadAnyway(page);
    const offer = page.getByRole('alertdialog', { name: 'Restore unsaved changes?' });
    await expect(offer).toContainText('Restore unsaved changes to second-wave.mission.json from');
    await offer.getByRole('button', { name: 'Restore' }).click();
    await expect(offer).toBeHidden();
    await expect(page.getByText('0 nodes', { exact: true })).toBeVisible();
    await expect(page.getByLabel('unsaved changes')).toBeVisible();
  });

  test('discarding the offered backup deletes it', async ({ page }) => {
    await openApp(page);
    await deleteEverything(page);
    await expect.poll(() => countBackups(page)).toBe(1);
    await reloadAnyway(page);
    const offer = page.getByRole('alertdialog', { name: 'Restore unsaved changes?' });
    await offer.getByRole('button', { name: 'Discard' }).click();
    await expect(offer).toBeHidden();
    await expect(page.getByText(`${SECOND_WAVE.nodeCount} nodes`, { exact: true })).toBeVisible();
    await expect.poll(() => countBackups(page)).toBe(0);
  });

  test('saving removes the backup of the saved work', async ({ page }) => {
    await openApp(page);
    await deleteEverything(page);
    await expect.poll(() => countBackups(page)).toBe(1);
    await download(page, 'Save');
    await expect.poll(() => countBackups(page)).toBe(0);
  });
});
