import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { importThrough } from '../support/files';
import { PROJECT_ROOT, SECOND_WAVE } from '../support/missions';

const FIXTURES = join(PROJECT_ROOT, 'core/interop/twine/fixtures');

/** Import > Twine story… from the toolbar, answering the browser's file picker with `file`. */
async function importFile(page: Page, file: string): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await importThrough(page, 'Twine story…', join(FIXTURES, file));
}

test.describe('File > Import…', () => {
  test('imports a published Twine story as a new unsaved mission and plays it in the preview', async ({ page }) => {
    await importFile(page, 'harlowe-twine-example.html');
    await expect(page.getByRole('heading', { level: 1, name: /twineExample/ })).toBeVisible();
    await expect(page.getByLabel('unsaved changes')).toBeVisible();
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('button', { name: 'Play', exact: true }).click();
    const choices = preview.getByRole('group', { name: 'Choices' });
    for (const link of ['Another passage', 'A fourth passage', 'A fifth passage'])
      await choices.getByRole('button', { name: link, exact: true }).click();
    await expect(preview.getByRole('status')).toContainText('Double-click this passage to edit it.');
  });

  test('lists the story format code it kept as text in Problems, by passage', async ({ page }) => {
    await importFile(page, 'chapbook-cloak-of-darkness.twee');
    const problems = page.getByRole('region', { name: 'Problems' });
    await expect(
      problems.getByRole('button', { name: /keeps story format code as text: \[if\].*chapbook-cloak-of-darkness\.twee, line 31/ }),
    ).toBeVisible();
  });
});
