import { expect, type Locator, type Page } from '@playwright/test';
import { SECOND_WAVE } from './missions';

/** A point on the page, in CSS pixels. */
export type Point = { x: number; y: number };

/** The Graph region, and a node element in it by its mission id. */
export const graph = (page: Page) => page.getByRole('region', { name: 'Graph' });
export const nodeById = (page: Page, id: string) => graph(page).locator(`[data-node-id="${id}"]`);

/** An element's box on the page; throws when it is not drawn. */
export async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('the element is not on screen');
  return b;
}

/**
 * An element's box once the canvas has stopped gliding: Fit view and Reveal animate the viewport for a few
 * hundred milliseconds, and a point taken during the glide misses its element. Settled means the same box two
 * animation frames apart.
 */
export async function settledBox(locator: Locator) {
  const frames = () => locator.page().evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  let settled = await box(locator);
  await expect
    .poll(async () => {
      const before = await box(locator);
      await frames();
      settled = await box(locator);
      return Math.abs(settled.x - before.x) + Math.abs(settled.y - before.y) + Math.abs(settled.width - before.width);
    })
    .toBeLessThan(0.5);
  return settled;
}

/** The middle of a box. */
export const centerOf = (b: { x: number; y: number; width: number; height: number }): Point => ({
  x: b.x + b.width / 2,
  y: b.y + b.height / 2,
});

/** Opens the app on the reference mission and waits until the canvas shows every node of it. */
export async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await expect(graph(page).locator('[data-node-id]')).toHaveCount(SECOND_WAVE.nodeCount);
}

/**
 * Selects a node on the canvas after Fit view, so that any node is on screen. At fit-all zoom a node is a few
 * pixels tall and the canvas may still be gliding from where it was (Fit view animates), so Playwright never calls
 * it stable: click it, and click again until the Inspector shows that node.
 */
export async function selectNodeAtFit(page: Page, nodeId: string): Promise<void> {
  await page.getByRole('button', { name: 'Fit view' }).click();
  const target = nodeById(page, nodeId);
  await expect(target).toBeVisible();
  const id = page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Id', exact: true });
  await expect(async () => {
    await target.click({ force: true });
    await expect(id).toHaveValue(nodeId, { timeout: 1_000 });
  }).toPass();
}
