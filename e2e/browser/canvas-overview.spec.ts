import { expect, test, type Locator, type Page } from '@playwright/test';
import { box, centerOf, graph, nodeById, openApp } from '../support/canvas';

// Issue 12, "See the whole mission": act titles readable at Fit view, nodes as readable chips zoomed out, the
// Outline, the minimap. Ids and titles come from the reference mission (missions/second-wave.mission.json).
const ACTS = [
  'Act 1: Arrival',
  'Act 2: The Promenade',
  'Act 3: Cargo Bay Three & the Temple',
  'Act 4: The Conference',
  'Act 5: Ambush & Evacuation',
  'Act 6: Space Battle',
  'Act 7: Endings',
];

/** The canvas's zoom, from React Flow's viewport transform. */
const zoomOf = (page: Page) =>
  graph(page)
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** An element's font size as drawn on screen: its CSS size times the canvas zoom. */
async function screenFontSize(page: Page, element: Locator): Promise<number> {
  const css = await element.evaluate((el) => {
    const scale = new DOMMatrixReadOnly(getComputedStyle(el).transform === 'none' ? undefined : getComputedStyle(el).transform).a;
    return Number.parseFloat(getComputedStyle(el).fontSize) * scale;
  });
  return css * (await zoomOf(page));
}

/** Whether a box lies inside another. */
const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

for (const viewport of [
  { width: 1600, height: 1000 },
  { width: 1280, height: 720 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('Fit view shows every act title, whole and readable, on the canvas', async ({ page }) => {
      await openApp(page);
      const canvas = await box(graph(page).locator('.react-flow__pane'));
      for (const act of ACTS) {
        const title = graph(page).locator('.act-title', { hasText: act });
        await expect(title).toBeVisible();
        expect(inside(await box(title), canvas)).toBe(true);
        // Never cut short: the whole title fits its box.
        expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        expect(await screenFontSize(page, title)).toBeGreaterThanOrEqual(12);
      }
    });

    test('the minimap stays small and moves the view to where it is pressed', async ({ page }) => {
      await openApp(page);
      const canvas = await box(graph(page).locator('.react-flow__pane'));
      const minimap = graph(page).getByRole('img', { name: /Minimap/ });
      const map = await box(minimap);
      expect(map.width * map.height).toBeLessThan((canvas.width * canvas.height) / 10);

      // Zoom in on the first act, then press the minimap's bottom right corner: the endings come into view.
      await page.getByRole('button', { name: 'Outline' }).click();
      await page
        .getByRole('navigation', { name: 'Outline' })
        .getByRole('button', { name: /Orders from Starfleet/ })
        .click();
      const ending = nodeById(page, 'end-ship-lost');
      await expect.poll(async () => inside(await box(ending), await box(graph(page).locator('.react-flow__pane')))).toBe(false);
      const moved = await box(minimap);
      await page.mouse.click(moved.x + moved.width * 0.75, moved.y + moved.height * 0.92);
      await expect.poll(async () => inside(await box(ending), await box(graph(page).locator('.react-flow__pane')))).toBe(true);
    });
  });
}

test('zoomed out, nodes collapse to chips whose whole titles read at a constant size', async ({ page }) => {
  await openApp(page);
  const node = nodeById(page, 'kurland-trapped');
  // Zoom in around the node until it is drawn about 80 px wide (about 40%, where full nodes are unreadable).
  for (let i = 0; i < 40 && (await box(node)).width < 80; i++) {
    const at = centerOf(await box(node));
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -100);
  }
  await expect.poll(zoomOf.bind(null, page)).toBeLessThan(0.75);
  const chip = node.locator('.chip-title');
  await expect(chip).toHaveText('Captain Kurland');
  expect(await screenFontSize(page, chip)).toBeGreaterThanOrEqual(11);
  // The rows of a full node are not drawn at that distance.
  await expect(node.locator('.node-port')).toHaveCount(0);

  // Zoomed back in, the node shows its rows again.
  await page.getByRole('button', { name: 'Outline' }).click();
  await page
    .getByRole('navigation', { name: 'Outline' })
    .getByRole('button', { name: /Captain Kurland/ })
    .click();
  await expect(node.locator('.node-port').first()).toBeVisible();
});

test('a click in the Outline reveals and selects the node, listed act by act in flow order', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Outline' }).click();
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline.locator('.outline-act')).toHaveText(ACTS);

  await outline.getByRole('button', { name: /Kurland Asks for Terms/ }).click();
  const node = nodeById(page, 'round-kurland');
  await expect(graph(page).locator('.react-flow__node.selected [data-node-id="round-kurland"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Title', { exact: true })).toHaveValue('Kurland Asks for Terms');
  await expect.poll(async () => inside(await box(node), await box(graph(page).locator('.react-flow__pane')))).toBe(true);
  // Revealed at a readable zoom: the full node with its rows.
  await expect(node.locator('.node-port').first()).toBeVisible();
});
