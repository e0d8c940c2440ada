import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE, retitledSecondWave } from '../support/missions';
import { countBackups } from '../support/backups';

// Saves that tell the truth in the browser host (issue 14 §2, issue 12 §1 and §5): a download counts as saved
// only on the user's word, the save picker writes the bytes, Save As asks for a name, backups belong to one tab.

/** A browser without the File System Access API: saving is a download. */
async function withoutSavePicker(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

/** Stands in for the browser's save picker, keeping what the app writes and how often it asked where. */
async function withSavePicker(page: Page) {
  await page.addInitScript(() => {
    const state = { asked: 0, files: {} as Record<string, string> };
    Object.assign(window, {
      __picker: state,
      showSaveFilePicker: async (options: { suggestedName: string }) => {
        state.asked += 1;
        return {
          name: options.suggestedName,
          createWritable: async () => {
            const chunks: BlobPart[] = [];
            return {
              write: async (data: BlobPart) => void chunks.push(data),
              close: async () => void (state.files[options.suggestedName] = await new Blob(chunks).text()),
            };
          },
        };
      },
    });
  });
}

const picker = (page: Page) =>
  page.evaluate(() => (window as unknown as { __picker: { asked: number; files: Record<string, string> } }).__picker);
const toolbar = (page: Page) => page.getByRole('navigation', { name: 'Toolbar' });
const unsaved = (page: Page) => page.getByLabel('unsaved changes');

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
}

/** Deletes every node (Select All, Delete): an edit that marks the document unsaved. */
async function deleteEverything(page: Page) {
  await page.getByRole('contentinfo', { name: 'Status' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(page.getByText('0 nodes', { exact: true })).toBeVisible();
  await expect(unsaved(page)).toBeVisible();
}

test.describe('saves that tell the truth', () => {
  test('a download the user does not confirm keeps the unsaved mark and the backup', async ({ page }) => {
    await withoutSavePicker(page);
    await openApp(page);
    await deleteEverything(page);
    await expect.poll(() => countBackups(page)).toBe(1);
    const download = page.waitForEvent('download');
    await toolbar(page).getByRole('button', { name: 'Save', exact: true }).click();
    await download;
    const question = page.getByRole('alertdialog', { name: 'Did the download finish?' });
    await question.getByRole('button', { name: 'No, keep unsaved' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'keeps its unsaved mark and its backup' })).toBeVisible();
    await expect(unsaved(page)).toBeVisible();
    expect(await countBackups(page)).toBe(1);
  });

  test('Save As asks for a file name before the download', async ({ page }) => {
    await withoutSavePicker(page);
    await openApp(page);
    await page.getByRole('contentinfo', { name: 'Status' }).click();
    await page.keyboard.press('ControlOrMeta+Shift+s');
    const ask = page.getByRole('alertdialog', { name: 'Save As' });
    await expect(ask.getByRole('textbox', { name: 'File name' })).toHaveValue('second-wave.mission.json');
    await ask.getByRole('textbox', { name: 'File name' }).fill('my-wave.mission.json');
    const download = page.waitForEvent('download');
    await ask.getByRole('button', { name: 'Download' }).click();
    expect((await download).suggestedFilename()).toBe('my-wave.mission.json');
    await page.getByRole('alertdialog', { name: 'Did the download finish?' }).getByRole('button', { name: 'Yes, it is saved' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved my-wave.mission.json' })).toBeVisible();
  });

  test('with the save picker, Save writes the bytes, clears the mark, and writes back to the same file next time', async ({ page }) => {
    await withSavePicker(page);
    await openApp(page);
    await deleteEverything(page);
    await toolbar(page).getByRole('button', { name: 'Save', exact: true }).click();
    await expect(unsaved(page)).toHaveCount(0);
    await expect.poll(() => countBackups(page)).toBe(0);
    const first = await picker(page);
    expect(first.asked).toBe(1);
    expect((JSON.parse(first.files['second-wave.mission.json']!) as { nodes: unknown[] }).nodes).toEqual([]);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(unsaved(page)).toBeVisible();
    await toolbar(page).getByRole('button', { name: 'Save', exact: true }).click();
    await expect(unsaved(page)).toHaveCount(0);
    const second = await picker(page);
    expect(second.asked).toBe(1);
    expect((JSON.parse(second.files['second-wave.mission.json']!) as { nodes: unknown[] }).nodes).toHaveLength(SECOND_WAVE.nodeCount);
  });
});

test.describe('backups belong to one tab', () => {
  test("a second tab opens Second Wave and is never offered the first tab's unsaved work", async ({ context }) => {
    const first = await context.newPage();
    await withoutSavePicker(first);
    await openApp(first);
    await first.getByRole('contentinfo', { name: 'Status' }).click();
    await first.keyboard.press('ControlOrMeta+n');
    await expect(first.getByText('1 node', { exact: true }).or(first.getByText(/^\d+ nodes$/))).toBeVisible();
    await first.keyboard.press('ControlOrMeta+a');
    await first.keyboard.press('Delete');
    await expect(unsaved(first)).toBeVisible();
    await expect.poll(() => countBackups(first)).toBe(1);

    const second = await context.newPage();
    await withoutSavePicker(second);
    await openApp(second);
    await expect(second.getByText(`${SECOND_WAVE.nodeCount} nodes`, { exact: true })).toBeVisible();
    // The offer is looked up right after the first document shows; an edit here, backed up a second later, comes
    // well after it, so once this tab's own backup has landed any offer would be on screen.
    await deleteEverything(second);
    await expect.poll(() => countBackups(second)).toBe(2);
    await expect(second.getByRole('alertdialog')).toHaveCount(0);
    // The first tab's work is untouched.
    await expect(unsaved(first)).toBeVisible();

    // Undone, this tab's own backup goes; once the first tab is gone too, its work is left behind, and now (only
    // now) another tab offers it.
    await second.keyboard.press('ControlOrMeta+z');
    await expect(unsaved(second)).toHaveCount(0);
    await expect.poll(() => countBackups(second)).toBe(1);
    await first.close({ runBeforeUnload: false });
    await second.reload();
    await expect(second.getByRole('alertdialog', { name: 'Restore unsaved changes?' })).toContainText(
      'Restore unsaved changes to untitled.mission.json from',
    );
  });

  test('a stale "Restored unsaved changes" notice goes away when another file opens, without moving the panels', async ({ page }) => {
    await withoutSavePicker(page);
    await openApp(page);
    await deleteEverything(page);
    await expect.poll(() => countBackups(page)).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    const offer = page.getByRole('alertdialog', { name: 'Restore unsaved changes?' });
    const graphTop = async () => (await page.getByRole('region', { name: 'Graph' }).boundingBox())?.y;
    await offer.getByRole('button', { name: 'Restore' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Restored unsaved changes to second-wave.mission.json' });
    await expect(notice).toBeVisible();
    const withNotice = await graphTop();
    const chooser = page.waitForEvent('filechooser');
    // Opening another file asks about the restored (unsaved) work first.
    await toolbar(page).getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: "Don't Save" }).click();
    await (
      await chooser
    ).setFiles({ name: 'other.mission.json', mimeType: 'application/json', buffer: Buffer.from(retitledSecondWave('Another Wave')) });
    await expect(page.getByRole('heading', { level: 1, name: 'Another Wave' })).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(await graphTop()).toBe(withNotice);
  });
});

test("the status bar forgets the previous mission's play check when the next file fails to load", async ({ page }) => {
  await openApp(page);
  const playCheck = page.getByRole('status', { name: 'Play check' });
  await expect(playCheck).toHaveText(/^Play-throughs: /, { timeout: 60_000 });
  const chooser = page.waitForEvent('filechooser');
  await toolbar(page).getByRole('button', { name: 'Open', exact: true }).click();
  await (
    await chooser
  ).setFiles({
    name: 'broken.mission.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "format": "mission-studio/1", "meta": '),
  });
  await expect(page.getByText('broken.mission.json')).toBeVisible();
  await expect(playCheck).toHaveText('');
});
