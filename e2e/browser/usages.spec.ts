import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE } from '../support/missions';

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const graph = (page: Page) => page.getByRole('region', { name: 'Graph' });

async function openTab(page: Page, name: string): Promise<void> {
  await inspector(page).getByRole('tab', { name }).click();
}

for (const viewport of [
  { width: 1600, height: 1000 },
  { width: 1280, height: 720 },
]) {
  test.describe(`Where is this used, at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
    });

    test('lists every read and write of a variable and reveals the node a row names', async ({ page }) => {
      await openTab(page, 'Variables');
      await inspector(page).getByRole('button', { name: 'Where is coalition used' }).click();
      const usages = inspector(page).getByRole('region', { name: 'Where coalition is used' });
      await expect(usages.getByRole('heading')).toContainText('17 writes, 3 reads in 7 nodes');
      const rows = usages.getByRole('list', { name: 'Where coalition is used' }).getByRole('listitem');
      await expect(rows).toHaveCount(20);
      const tally = rows.filter({ hasText: 'case "near-accord" condition' });
      await expect(tally).toContainText('reads');
      await expect(tally).toContainText('coalition >= 7');
      await expect(rows.filter({ hasText: 'choice "skyl-trust" effect 1' })).toContainText('writes');

      // A click reveals the node: selected on the canvas, its form in the Node tab, the list still there.
      await tally.getByRole('button').click();
      await expect(graph(page).locator('.react-flow__node.selected [data-node-id="conference-tally"]')).toHaveCount(1);
      await expect(inspector(page).getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
      await expect(usages).toBeVisible();
      await inspector(page).getByRole('button', { name: 'Close usages' }).click();
      await expect(usages).toHaveCount(0);
    });

    test('lists the nodes that name a cast member, a unit and a location', async ({ page }) => {
      await openTab(page, 'Cast');
      await inspector(page).getByRole('button', { name: 'Where is skyl used' }).click();
      const skyl = inspector(page).getByRole('region', { name: 'Where skyl is used' });
      await expect(skyl.getByRole('listitem').filter({ hasText: "Skyl's Doubts" })).toContainText('speaker');

      await openTab(page, 'Units');
      await inspector(page).getByRole('button', { name: 'Where is uss-belfast-c used' }).click();
      const belfast = inspector(page).getByRole('region', { name: 'Where uss-belfast-c is used' });
      await expect(belfast.getByRole('listitem').filter({ hasText: 'goal: protect' }).first()).toBeVisible();

      await openTab(page, 'Locations');
      await inspector(page).getByRole('button', { name: 'Where is cargo-bay-three used' }).click();
      const cargo = inspector(page).getByRole('region', { name: 'Where cargo-bay-three is used' });
      await expect(cargo.getByRole('heading')).toContainText(/used \d+ times in \d+ nodes/);
      const first = cargo.getByRole('listitem').first();
      await expect(first).toContainText('location');
      await first.getByRole('button').click();
      await expect(graph(page).locator('.react-flow__node.selected')).toHaveCount(1);
    });
  });
}
