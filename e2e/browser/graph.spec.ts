import { expect, test, type Locator, type Page } from '@playwright/test';
import { SECOND_WAVE } from '../support/missions';

/** The graph canvas's node elements (groups included), each carrying its mission node id. */
const graphNodes = (page: Page) => page.getByRole('region', { name: 'Graph' }).locator('[data-node-id]');
const nodeById = (page: Page, id: string) => page.locator(`[data-node-id="${id}"]`);

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount);
}

async function center(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Zooms in with the wheel over a node until it is drawn at least `width` pixels wide (the mission opens fitted, tiny). */
async function zoomTo(page: Page, node: Locator, width = 180) {
  for (let i = 0; i < 40 && ((await node.boundingBox())?.width ?? 0) < width; i++) {
    const at = await center(node);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -250);
  }
  await expect.poll(async () => (await node.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(width);
}

/** Ids of the nodes on the canvas now. */
const nodeIds = async (page: Page) =>
  new Set(await graphNodes(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? '')));

/** Runs `action` and returns the id of the one node it added. */
async function addedBy(page: Page, action: () => Promise<void>): Promise<string> {
  const before = await nodeIds(page);
  await action();
  await expect(graphNodes(page)).toHaveCount(before.size + 1);
  const added = [...(await nodeIds(page))].filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  return added[0] as string;
}

async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test.describe('the graph editor', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test('draws one element per mission node, with a palette button per node type', async ({ page }) => {
    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount);
    const palette = page.getByRole('toolbar', { name: 'Palette' });
    for (const type of ['start', 'narration', 'dialog', 'objective', 'hub', 'branch', 'set', 'combat', 'end', 'group']) {
      await expect(palette.getByRole('button', { name: `Add ${type} node` })).toBeVisible();
    }
  });

  test('adds, connects, deletes a node, and undo brings it back with its edge', async ({ page }) => {
    const dialogId = await addedBy(page, () => page.getByRole('button', { name: 'Add dialog node' }).click());
    const dialog = nodeById(page, dialogId);
    await expect(page.getByText(`${SECOND_WAVE.nodeCount + 1} nodes`, { exact: true })).toBeVisible();
    // A fresh dialog is not connected yet: the validator flags it, and the badge says how many problems it has.
    await expect(dialog.getByRole('img', { name: /^\d+ problems?$/ })).toBeVisible();
    await zoomTo(page, dialog, 150);

    // Drag an End node from the palette onto the canvas, away from the dialog (positions are relative to the pane).
    const pane = page.locator('.react-flow__pane');
    const paneBox = (await pane.boundingBox())!;
    const dialogBox = (await dialog.boundingBox())!;
    const dropX = dialogBox.x + dialogBox.width / 2 < paneBox.x + paneBox.width / 2 ? paneBox.width * 0.85 : paneBox.width * 0.15;
    const drop = { x: dropX, y: paneBox.height * 0.3 };
    const endId = await addedBy(page, () => page.getByRole('button', { name: 'Add end node' }).dragTo(pane, { targetPosition: drop }));
    const end = nodeById(page, endId);
    await expect(end).toBeInViewport();
    // It lands where it was dropped, not in the middle: centred on the drop point, or moved to the nearest free
    // space when another node is there (core/edit/free-space.ts), which is less than a node's width away.
    expect(Math.abs((await center(end)).x - (paneBox.x + drop.x))).toBeLessThan(dialogBox.width);

    // Connect the dialog's first choice to the End node by dragging from its handle onto the node.
    const handle = dialog.locator('.react-flow__handle.source').first();
    const port = await handle.getAttribute('data-handleid');
    // Onto its input handle: free space may put part of the node under the inspector, never its left edge.
    await dragMouse(page, await center(handle), await center(end.locator('.react-flow__handle.target')));
    const edge = page.getByLabel(`Edge from ${dialogId} to ${endId}`);
    await expect(edge).toHaveCount(1);
    expect(port).not.toBeNull();

    // Delete the dialog (its edge goes with it); Undo restores both.
    await dialog.click();
    await page.keyboard.press('Delete');
    await expect(dialog).toHaveCount(0);
    await expect(edge).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(dialog).toBeVisible();
    await expect(edge).toHaveCount(1);
  });

  test('a drag is one undo step, and undo puts the node back on screen', async ({ page }) => {
    const node = nodeById(page, 'round-skyl');
    await zoomTo(page, node);
    const before = (await node.boundingBox())!;
    const start = await center(node.locator('.node-title'));
    await dragMouse(page, start, { x: start.x + 160, y: start.y + 90 });
    await expect.poll(async () => (await node.boundingBox())!.x - before.x).toBeGreaterThan(100);

    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await expect.poll(async () => Math.round((await node.boundingBox())!.x - before.x)).toBe(0);
    await expect.poll(async () => Math.round((await node.boundingBox())!.y - before.y)).toBe(0);
    // The whole drag was a single step: nothing is left to undo.
    await expect(undo).toBeDisabled();
  });

  test('selects with a click, adds with Shift-click, and deletes the selection with Backspace', async ({ page }) => {
    const first = nodeById(page, 'round-skyl');
    const second = nodeById(page, 'round-karukan');
    await zoomTo(page, first, 120);
    await first.locator('.node-title').click();
    await second.locator('.node-title').click({ modifiers: ['Shift'] });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await page.keyboard.press('Backspace');
    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount - 2);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(graphNodes(page)).toHaveCount(SECOND_WAVE.nodeCount);
  });

  test('a click on a problem centres its node on the canvas', async ({ page }) => {
    const dialogId = await addedBy(page, () => page.getByRole('button', { name: 'Add dialog node' }).click());
    const dialog = nodeById(page, dialogId);
    await page.getByRole('button', { name: 'Fit view' }).click();
    const problems = page.getByRole('region', { name: 'Problems' }).getByRole('button');
    await problems.first().click();
    await expect(page.locator(`.react-flow__node.is-revealed [data-node-id="${dialogId}"]`)).toHaveCount(1);
    await expect.poll(async () => (await dialog.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(150);
    await expect(dialog).toBeInViewport();
  });
});
