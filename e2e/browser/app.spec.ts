import { expect, test } from '@playwright/test';
import { retitledSecondWave, SECOND_WAVE } from '../support/missions';

test.describe('the web build', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
  });

  test('shows the default mission title and node count', async ({ page }) => {
    expect(SECOND_WAVE.title).toBe('Second Wave');
    await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
    await expect(page.getByText(`${SECOND_WAVE.nodeCount} nodes`, { exact: true })).toBeVisible();
    // The window is named after the file, as desktop editors do; the bundled mission's file name.
    await expect(page).toHaveTitle('second-wave.mission.json - Mission Studio');
  });

  test('names its landmark regions', async ({ page }) => {
    await expect(page.getByRole('main', { name: 'Mission' })).toBeVisible();
    for (const name of ['Graph', 'Inspector', 'Source', 'Problems']) {
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
  });

  test('opens a mission file the user picks', async ({ page }) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: 'copy.mission.json',
      mimeType: 'application/json',
      buffer: Buffer.from(retitledSecondWave('Second Wave, Again')),
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Second Wave, Again' })).toBeVisible();
    await expect(page.getByText('copy.mission.json', { exact: true })).toBeVisible();
  });

  test('lists load errors with their line and column', async ({ page }) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (
      await chooser
    ).setFiles({ name: 'broken.mission.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": \n}\n') });
    await expect(page.getByText(/^broken\.mission\.json/)).toBeVisible();
    const problems = page.getByRole('region', { name: 'Problems' }).getByRole('listitem');
    // The value is missing where `}` stands: line 3, column 1.
    await expect(problems.first()).toContainText(/^error 3:1 /);
  });
});
