import { expect, test, type Locator, type Page } from '@playwright/test';
import { box, centerOf, graph, nodeById, openApp, type Point } from '../support/canvas';

// Node and act ids come from the reference mission (missions/second-wave.mission.json): the Conference act
// frames the council's rounds; the Ambush act is the row below it on the canvas.
const groupField = (page: Page) => page.getByRole('region', { name: 'Inspector' }).getByLabel('Group');
const dropTargets = (page: Page) => graph(page).locator('.react-flow__node.drop-target');
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });

/**
 * Zooms with the wheel around `anchor` (a point that stays put on screen) until `node` is drawn `width` pixels
 * wide. An anchor on a frame's bottom edge keeps the gap below it (and the next row of acts) on screen to drop into.
 */
async function zoomAround(page: Page, anchor: () => Promise<Point>, node: Locator, width: number) {
  for (let i = 0; i < 40 && (await box(node)).width < width; i++) {
    const at = await anchor();
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -200);
  }
  await expect.poll(async () => (await box(node)).width).toBeGreaterThanOrEqual(width);
}

/** Presses on `from` and moves to `to` in steps, leaving the button down (the drop is the caller's). */
async function dragTo(page: Page, from: Point, to: Point) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
}

/** Selects only node `id` (a click on a node of a multi-selection keeps the others) and reads its Group field. */
async function selectAndReadGroup(page: Page, id: string) {
  const pane = await box(graph(page).locator('.react-flow__pane'));
  await page.mouse.click(pane.x + pane.width / 2, pane.y + pane.height - 8);
  await nodeById(page, id).locator('.node-title').click();
  return groupField(page).inputValue();
}

test.describe('dragging nodes into and out of act groups', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test('a node dragged out of its act leaves it where it was dropped, and one undo puts it back', async ({ page }) => {
    const node = nodeById(page, 'conference-uneasy');
    const act = nodeById(page, 'act-conference');
    await zoomAround(page, async () => ({ x: centerOf(await box(node)).x, y: (await box(act)).y + (await box(act)).height - 2 }), node, 90);
    const start = await box(node);
    const grab = centerOf(await box(node.locator('.node-title')));
    const actBottom = (await box(act)).y + (await box(act)).height;

    // While the node is still inside its frame, its own act is the drop target.
    await dragTo(page, grab, { x: grab.x + 10, y: grab.y + 5 });
    await expect(dropTargets(page)).toHaveCount(1);
    await expect(dropTargets(page).locator('[data-node-id="act-conference"]')).toHaveCount(1);

    // Past the frame's bottom edge (the node's centre well below it), no group is.
    const lift = actBottom + 50 - centerOf(start).y;
    await page.mouse.move(grab.x, grab.y + lift, { steps: 10 });
    await expect(dropTargets(page)).toHaveCount(0);
    const dropped = await box(node);
    await page.mouse.up();

    await expect(groupField(page)).toHaveValue('');
    const after = await box(node);
    expect(Math.abs(after.x - dropped.x)).toBeLessThan(2);
    expect(Math.abs(after.y - dropped.y)).toBeLessThan(2);

    await undoButton(page).click();
    await expect(groupField(page)).toHaveValue('act-conference');
    await expect.poll(async () => Math.round((await box(node)).y - start.y)).toBe(0);
    // The move and the change of group were one step: nothing is left to undo.
    await expect(undoButton(page)).toBeDisabled();
  });

  test('a node dragged over the next act highlights its frame and joins it on drop', async ({ page }) => {
    // The acts are wrapped in rows: the Ambush act is the row below the Conference.
    const node = nodeById(page, 'conference-uneasy');
    const ambush = nodeById(page, 'act-ambush');
    await zoomAround(page, async () => ({ x: centerOf(await box(node)).x, y: (await box(ambush)).y - 4 }), node, 90);
    const grab = centerOf(await box(node.locator('.node-title')));
    const into = { x: grab.x, y: (await box(ambush)).y + (await box(node)).height + 20 };

    await dragTo(page, grab, into);
    await expect(dropTargets(page)).toHaveCount(1);
    await expect(dropTargets(page).locator('[data-node-id="act-ambush"]')).toHaveCount(1);
    const dropped = await box(node);
    await page.mouse.up();

    await expect(dropTargets(page)).toHaveCount(0);
    await expect(groupField(page)).toHaveValue('act-ambush');
    const after = await box(node);
    expect(Math.abs(after.x - dropped.x)).toBeLessThan(2);
    expect(Math.abs(after.y - dropped.y)).toBeLessThan(2);

    await undoButton(page).click();
    await expect(groupField(page)).toHaveValue('act-conference');
  });

  test('every node of a multi-selection drag changes group together, in one undo step', async ({ page }) => {
    const first = nodeById(page, 'round-surah');
    const second = nodeById(page, 'round-kurland');
    const act = nodeById(page, 'act-conference');
    await zoomAround(
      page,
      async () => ({ x: centerOf(await box(first)).x, y: (await box(act)).y + (await box(act)).height - 2 }),
      first,
      90,
    );
    await first.locator('.node-title').click();
    await second.locator('.node-title').click({ modifiers: ['Shift'] });
    await expect(graph(page).locator('.react-flow__node.selected')).toHaveCount(2);

    const grab = centerOf(await box(first.locator('.node-title')));
    const lift = (await box(act)).y + (await box(act)).height + 50 - centerOf(await box(first)).y;
    await dragTo(page, grab, { x: grab.x, y: grab.y + lift });
    await expect(dropTargets(page)).toHaveCount(0);
    await page.mouse.up();

    expect(await selectAndReadGroup(page, 'round-surah')).toBe('');
    expect(await selectAndReadGroup(page, 'round-kurland')).toBe('');
    await undoButton(page).click();
    expect(await selectAndReadGroup(page, 'round-surah')).toBe('act-conference');
    expect(await selectAndReadGroup(page, 'round-kurland')).toBe('act-conference');
    await expect(undoButton(page)).toBeDisabled();
  });
});
