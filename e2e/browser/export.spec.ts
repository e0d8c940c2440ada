import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE } from '../support/missions';

/** Stands in for the browser's save picker (the File System Access API), keeping what the app writes. */
async function fakeSavePicker(page: Page) {
  await page.addInitScript(() => {
    const saved: Array<{ name: string; bytes: number[] }> = [];
    Object.assign(window, {
      __saved: saved,
      showSaveFilePicker: async (options: { suggestedName: string }) => ({
        name: options.suggestedName,
        createWritable: async () => {
          const chunks: BlobPart[] = [];
          return {
            write: async (data: BlobPart) => void chunks.push(data),
            close: async () =>
              void saved.push({ name: options.suggestedName, bytes: [...new Uint8Array(await new Blob(chunks).arrayBuffer())] }),
          };
        },
      }),
    });
  });
}

const savedFiles = (page: Page) =>
  page.evaluate(() => (window as unknown as { __saved: Array<{ name: string; bytes: number[] }> }).__saved);

async function openExport(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await page.getByRole('navigation', { name: 'Toolbar' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('File > Export…', () => {
  test("previews the screenplay and writes it through the browser's save picker", async ({ page }) => {
    await fakeSavePicker(page);
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: /Script \(Markdown screenplay\)/ }).check();
    await expect(dialog.getByRole('textbox', { name: 'File name' })).toHaveValue('second-wave.script.md');
    await expect(dialog.getByRole('region', { name: 'Export preview' })).toContainText(`# ${SECOND_WAVE.title}`);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Exported second-wave.script.md' })).toBeVisible();
    const [file] = await savedFiles(page);
    expect(file?.name).toBe('second-wave.script.md');
    expect(Buffer.from(file?.bytes ?? []).toString('utf8')).toMatch(new RegExp(`^# ${SECOND_WAVE.title}\\n`));
  });

  test('draws the selected node in its act as a PNG and saves its bytes', async ({ page }) => {
    await fakeSavePicker(page);
    await page.goto('./');
    // One node, selected through Find: the picture is that node in its act (a whole-mission PNG takes seconds).
    await page.getByRole('navigation', { name: 'Toolbar' }).getByRole('button', { name: 'Find' }).click();
    await page.getByRole('search').getByRole('textbox', { name: 'Find' }).fill('The Holosuite Drill');
    await expect(page.locator('.react-flow__node.selected [data-node-id="shon-drill"]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Toolbar' }).getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /Picture \(PNG\)/ }).check();
    await dialog.getByRole('checkbox', { name: /Only the selection \(1 node\)/ }).check();
    await expect(dialog.getByRole('img', { name: "The mission's graph as a picture (the selection)" })).toBeVisible();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog).toBeHidden();
    const [file] = await savedFiles(page);
    expect(file?.name).toBe('second-wave.png');
    expect(file?.bytes.slice(0, 4)).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('downloads the runtime file where the browser has no save picker', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    });
    const dialog = await openExport(page);
    await expect(dialog.getByRole('radio', { name: /Runtime \(for game engines\)/ })).toBeChecked();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('second-wave.runtime.json');
    const runtime = JSON.parse(readFileSync((await file.path()) as string, 'utf8')) as { format: string; mission: { id: string } };
    expect(runtime).toMatchObject({ format: 'mission-studio-runtime/1', mission: { id: 'second-wave' } });
  });

  test('Cancel and Escape close it without writing anything', async ({ page }) => {
    await fakeSavePicker(page);
    const dialog = await openExport(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('navigation', { name: 'Toolbar' }).getByRole('button', { name: 'Export…' }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await savedFiles(page)).toEqual([]);
  });
});
