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
