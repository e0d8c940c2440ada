import { expect, test, type Locator, type Page } from '@playwright/test';
import { box, centerOf, graph, nodeById, openApp, settledBox, type Point } from '../support/canvas';
import { SECOND_WAVE } from '../support/missions';

// Node ids come from the reference mission: the Conference act opens with a narration leading to Skyl's round.
const graphNodes = (page: Page) => graph(page).locator('[data-node-id]');
const wrapperOf = (page: Page, id: string) => graph(page).locator(`.react-flow__node[data-id="${id}"]`);
const selectedNodes = (page: Page) => graph(page).locator('.react-flow__node.selected');
const menu = (page: Page, name: string) => page.getByRole('menu', { name });

/** Zooms with the wheel over a node until it is drawn at least `width` pixels wide (the mission opens fitted, tiny). */
async function zoomTo(page: Page, node: Locator, width: number) {
  for (let i = 0; i < 40 && (await box(node)).width < width; i++) {
    const at = centerOf(await box(node));
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -250);
  }
  await expect.poll(async () => (await box(node)).width).toBeGreaterThanOrEqual(width);
}

/** A point on the empty canvas: the middle of the pane's bottom edge, below the fitted mission's strip. */
async function emptyCanvasPoint(page: Page): Promise<Point> {
  const pane = await box(graph(page).locator('.react-flow__pane'));
  return { x: pane.x + pane.width / 2, y: pane.y + pane.height - 12 };
}

test.describe('the graph context menu', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test('right-click on an unselected node selects it and offers its commands with their shortcuts', async ({ page }) => {
    const skyl = nodeById(page, 'round-skyl');
    await zoomTo(page, skyl, 160);
    await nodeById(page, 'round-karukan').locator('.node-title').click();

    await skyl.locator('.node-title').click({ button: 'right' });
    await expect(selectedNodes(page)).toHaveCount(1);
    await expect(wrapperOf(page, 'round-skyl')).toHaveClass(/selected/);
    const actions = menu(page, 'Node actions');
    await expect(actions).toBeVisible();
    for (const name of ['Cut', 'Copy', 'Duplicate', 'Delete', 'Play From Here', 'Toggle Breakpoint'])
      await expect(actions.getByRole('menuitem', { name })).toBeVisible();
    const copy = actions.getByRole('menuitem', { name: 'Copy' });
    await expect(copy).toHaveAttribute('aria-keyshortcuts', 'Control+C');
    await expect(copy).toContainText('Ctrl+C');
    // Focus starts on the first item, so the keyboard can take over from the mouse.
    await expect(actions.getByRole('menuitem', { name: 'Cut' })).toBeFocused();

    await actions.getByRole('menuitem', { name: 'Toggle Breakpoint' }).click();
    await expect(actions).toHaveCount(0);
    await expect(skyl).toHaveAttribute('data-breakpoint', 'true');
  });

  test('"Play From Here" in a node\'s menu has the preview find a way into that node', async ({ page }) => {
    const skyl = nodeById(page, 'round-skyl');
    await zoomTo(page, skyl, 160);
    await skyl.locator('.node-title').click({ button: 'right' });
    await menu(page, 'Node actions').getByRole('menuitem', { name: 'Play From Here' }).click();
    const form = page.getByRole('region', { name: 'Preview' }).getByRole('form', { name: 'Play from here' });
    const title = (await skyl.locator('.node-title').getAttribute('title')) ?? (await skyl.locator('.node-title').innerText());
    await expect(form).toContainText(`Start at ${title} as`);
  });

  test('Shift+F10 and the Menu key open it on the selection; arrows move, Escape gives focus back', async ({ page }) => {
    const skyl = nodeById(page, 'round-skyl');
    await zoomTo(page, skyl, 160);
    await skyl.locator('.node-title').click();
    const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));

    await page.keyboard.press('Shift+F10');
    const actions = menu(page, 'Node actions');
    await expect(actions.getByRole('menuitem', { name: 'Cut' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(actions.getByRole('menuitem', { name: 'Copy' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(actions.getByRole('menuitem', { name: 'Toggle Breakpoint' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(actions.getByRole('menuitem', { name: 'Cut' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(actions).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(focusedBefore);

    await page.keyboard.press('ContextMenu');
    await expect(actions).toBeVisible();
    await page.keyboard.press('d');
    await expect(actions.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(actions).toHaveCount(0);
    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount + 1);
  });

  test('the canvas menu adds a node where it was opened and shows what cannot be done as disabled', async ({ page }) => {
    const at = await emptyCanvasPoint(page);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const actions = menu(page, 'Canvas actions');
    const undo = actions.getByRole('menuitem', { name: 'Undo' });
    // Nothing has been edited yet: Undo is there, disabled, and a click on it leaves the menu open.
    await expect(undo).toHaveAttribute('aria-disabled', 'true');
    // Playwright will not click what is marked disabled unless forced: a person can still click it.
    await undo.click({ force: true });
    await expect(actions).toBeVisible();

    await actions.getByRole('menuitem', { name: 'Add Narration Here' }).click();
    await expect(actions).toHaveCount(0);
    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount + 1);
    const added = selectedNodes(page);
    await expect(added).toHaveCount(1);
    // The fitted mission is drawn tiny; the new node is centred on the clicked point, give or take the grid.
    const center = centerOf(await box(added));
    expect(Math.abs(center.x - at.x)).toBeLessThan(20);
    expect(Math.abs(center.y - at.y)).toBeLessThan(20);
  });

  test("an edge's menu goes to either end of it and deletes it", async ({ page }) => {
    const open = nodeById(page, 'conference-open');
    await zoomTo(page, open, 120);
    const edge = page.getByLabel('Edge from conference-open to round-skyl');
    // A symmetric curve passes through the middle of its box, where its label also sits.
    const middle = centerOf(await box(edge));

    await page.mouse.click(middle.x, middle.y, { button: 'right' });
    const actions = menu(page, 'Edge actions');
    await actions.getByRole('menuitem', { name: 'Go to Target Node' }).click();
    await expect(selectedNodes(page)).toHaveCount(1);
    await expect(wrapperOf(page, 'round-skyl')).toHaveClass(/selected/);

    // Going there glides the canvas to the target node: take the edge's middle where it comes to rest.
    const again = centerOf(await settledBox(edge));
    await page.mouse.click(again.x, again.y, { button: 'right' });
    await actions.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(edge).toHaveCount(0);
  });

  test("an edge's menu inserts a narration on it, between its ends, as one undo step", async ({ page }) => {
    const open = nodeById(page, 'conference-open');
    await zoomTo(page, open, 120);
    const edge = page.getByLabel('Edge from conference-open to round-skyl');
    const middle = centerOf(await box(edge));
    await page.mouse.click(middle.x, middle.y, { button: 'right' });
    await menu(page, 'Edge actions').getByRole('menuitem', { name: 'Insert Narration on Edge' }).click();

    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount + 1);
    const inserted = await selectedNodes(page).getAttribute('data-id');
    expect(inserted).toBeTruthy();
    await expect(page.getByLabel(`Edge from conference-open to ${inserted}`)).toHaveCount(1);
    await expect(page.getByLabel(`Edge from ${inserted} to round-skyl`)).toHaveCount(1);
    await expect(edge).toHaveCount(0);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount);
    await expect(edge).toHaveCount(1);
  });

  test('a connection dropped on empty canvas offers a new node there, connected from that port', async ({ page }) => {
    const open = nodeById(page, 'conference-open');
    await zoomTo(page, open, 120);
    const handle = open.locator('.react-flow__handle.source').first();
    const from = centerOf(await box(handle));
    // An empty spot on the canvas below the node: nothing but the pane under it.
    const to = await page.evaluate(({ x, y }) => {
      for (let dy = 140; dy < 600; dy += 20) {
        const el = document.elementFromPoint(x, y + dy);
        if (el?.classList.contains('react-flow__pane')) return { x, y: y + dy };
      }
      return null;
    }, from);
    if (!to) throw new Error('no empty canvas below the node');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();

    const actions = menu(page, 'Add a connected node');
    await expect(actions.getByRole('menuitem', { name: 'Add Start Here' })).toHaveCount(0);
    await actions.getByRole('menuitem', { name: 'Add Dialog Here' }).click();
    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount + 1);
    const added = await selectedNodes(page).getAttribute('data-id');
    await expect(page.getByLabel(`Edge from conference-open to ${added}`)).toHaveCount(1);
    // One step: the node and its edge go together.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount);
    await expect(page.getByLabel(`Edge from conference-open to ${added}`)).toHaveCount(0);
  });

  test("a click elsewhere closes the menu, and a menu opened near the window's corner stays inside it", async ({ page }) => {
    const pane = await box(graph(page).locator('.react-flow__pane'));
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('the page has no viewport');
    // Near the pane's right edge, above the minimap; the canvas menu is long, so it must open upwards or shift.
    await page.mouse.click(pane.x + pane.width - 6, pane.y + pane.height - 110, { button: 'right' });
    const actions = menu(page, 'Canvas actions');
    await expect(actions).toBeVisible();
    const placed = await box(actions);
    expect(placed.x).toBeGreaterThanOrEqual(0);
    expect(placed.y).toBeGreaterThanOrEqual(0);
    expect(placed.x + placed.width).toBeLessThanOrEqual(viewport.width);
    expect(placed.y + placed.height).toBeLessThanOrEqual(viewport.height);

    await page.getByRole('heading', { level: 1 }).click();
    await expect(actions).toHaveCount(0);
  });
});
