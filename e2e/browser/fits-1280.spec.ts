import { expect, test } from '@playwright/test';
import { SECOND_WAVE } from '../support/missions';

// At 1280x720 nothing is cut off: the palette's ten kinds fit without a scrollbar, and the toolbar's imports are
// one menu.
test.use({ viewport: { width: 1280, height: 720 } });

test('at 1280x720 the whole palette fits, Group included, and Import is one menu of both imports', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  const palette = page.getByRole('toolbar', { name: 'Palette' });
  await expect(palette.getByRole('button', { name: 'Add group node' })).toBeInViewport({ ratio: 1 });
  expect(await palette.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);

  const toolbar = page.getByRole('navigation', { name: 'Toolbar' });
  await expect(toolbar.getByRole('button', { name: 'Import translation…' })).toHaveCount(0);
  const importButton = toolbar.getByRole('button', { name: 'Import' });
  await importButton.click();
  await expect(importButton).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu', { name: 'Import' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Twine story…', 'Translation…']);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(importButton).toHaveAttribute('aria-expanded', 'false');
});
