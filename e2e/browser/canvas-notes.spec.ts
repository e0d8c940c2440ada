import { expect, test, type Page } from '@playwright/test';
import { box, centerOf, graph, nodeById, openApp, selectNodeAtFit } from '../support/canvas';
import { download, reopen, withoutSavePicker } from '../support/files';
import { SECOND_WAVE, secondWaveNode } from '../support/missions';

// Issue 12: sticky notes on the canvas, editing a node's title and first line in place, and new nodes that land
// where the user can see them. Each walks the steps by roles and names on a new mission (Start -> Ending).
const palette = (page: Page) => page.getByRole('toolbar', { name: 'Palette' });
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const undo = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const flowNodes = (page: Page) => graph(page).locator('.react-flow__node-mission');

async function newMission(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(flowNodes(page)).toHaveCount(2);
}

test.describe('sticky notes', () => {
  test.beforeEach(async ({ page }) => newMission(page));

  test('a note added from the palette is written in place, saved in the file, edited, recoloured, moved and deleted, each step undoable', async ({
    page,
  }) => {
    await palette(page).getByRole('button', { name: 'Add note' }).click();
    const text = graph(page).getByRole('textbox', { name: 'Note text' });
    await expect(text).toBeFocused();
    await text.fill('Pacing: the docks scene runs long.\n<b>not bold</b>');
    await page.keyboard.press('Control+Enter');
    const note = graph(page).getByRole('note', { name: 'Note: Pacing: the docks scene runs long.' });
    await expect(note).toBeVisible();
    // Plain text, never HTML: the markup shows as typed and makes no element.
    await expect(note).toContainText('<b>not bold</b>');
    await expect(note.locator('b')).toHaveCount(0);

    // Escape drops a change; Ctrl+Enter keeps one.
    await note.getByText('Pacing').dblclick();
    await text.fill('thrown away');
    await text.press('Escape');
    await expect(note).toContainText('Pacing');
    await note.getByRole('button', { name: 'Edit note' }).click();
    await text.fill('Cut a line here.');
    await text.press('Control+Enter');
    const edited = graph(page).getByRole('note', { name: 'Note: Cut a line here.' });
    await expect(edited).toBeVisible();

    await edited.getByRole('button', { name: 'Note colour: yellow' }).click();
    await expect(edited).toHaveAttribute('data-colour', 'blue');

    // Moved by its bar: one step, and Undo puts it back.
    const before = await box(edited);
    const bar = await box(edited.locator('.sticky-note-bar'));
    await page.mouse.move(bar.x + 20, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + 80, bar.y + 60, { steps: 5 });
    await page.mouse.move(bar.x + 140, bar.y + 100, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await box(edited)).x - before.x).toBeGreaterThan(60);
    await undo(page).click();
    await expect.poll(async () => Math.round((await box(edited)).x - before.x)).toBe(0);

    await edited.getByRole('button', { name: 'Delete note' }).click();
    await expect(graph(page).getByRole('note')).toHaveCount(0);
    await undo(page).click();
    await expect(edited).toBeVisible();
  });

  test('a note is made wider by dragging its right edge and narrower from the keyboard, each one undo step', async ({ page }) => {
    await palette(page).getByRole('button', { name: 'Add note' }).click();
    await graph(page).getByRole('textbox', { name: 'Note text' }).fill('The conference drags: give Vel a second line to cut to.');
    await page.keyboard.press('Control+Enter');
    const note = graph(page).getByRole('note', { name: /^Note: The conference drags/ });
    const grip = note.getByRole('separator', { name: 'Note width' });
    await expect(grip).toHaveAttribute('aria-valuenow', '200');
    const before = await box(note);

    const edge = await box(grip);
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x + 60, edge.y + edge.height / 2, { steps: 4 });
    await page.mouse.move(edge.x + 120, edge.y + edge.height / 2, { steps: 4 });
    await page.mouse.up();
    // Written once, on release, snapped to the 20 px grid (the canvas draws the edit a task later).
    await expect(grip).not.toHaveAttribute('aria-valuenow', '200');
    const wider = Number(await grip.getAttribute('aria-valuenow'));
    expect(wider % 20).toBe(0);
    expect(wider).toBeGreaterThan(200);
    expect((await box(note)).width).toBeGreaterThan(before.width + 40);

    await grip.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(grip).toHaveAttribute('aria-valuenow', String(wider - 20));
    await undo(page).click();
    await expect(grip).toHaveAttribute('aria-valuenow', String(wider));
    await undo(page).click();
    await expect(grip).toHaveAttribute('aria-valuenow', '200');
  });

  test('the canvas menu adds a note where it was opened', async ({ page }) => {
    const pane = await box(graph(page).locator('.react-flow__pane'));
    const at = { x: pane.x + pane.width * 0.3, y: pane.y + pane.height * 0.2 };
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.getByRole('menu', { name: 'Canvas actions' }).getByRole('menuitem', { name: 'Add Note Here' }).click();
    const text = graph(page).getByRole('textbox', { name: 'Note text' });
    await expect(text).toBeFocused();
    await text.fill('Ask the writer about Vel.');
    await text.press('Control+Enter');
    const note = graph(page).getByRole('note', { name: 'Note: Ask the writer about Vel.' });
    const placed = centerOf(await box(note));
    // Near the point asked for (it may step aside for a node), and on the canvas.
    expect(Math.hypot(placed.x - at.x, placed.y - at.y)).toBeLessThan(250);
  });
});

test('a note is saved in the mission file and is there again when the file is opened', async ({ page }) => {
  await withoutSavePicker(page);
  await openApp(page);
  await palette(page).getByRole('button', { name: 'Add note' }).click();
  await graph(page).getByRole('textbox', { name: 'Note text' }).fill("Check the Jem'Hadar numbers.");
  await page.keyboard.press('Control+Enter');
  const saved = await download(page, 'Save');
  const file = JSON.parse(saved.text) as { format: string; notes?: Array<{ id: string; text: string }> };
  expect(file.format).toBe('mission-studio/2');
  expect(file.notes?.map((n) => n.text)).toEqual(["Check the Jem'Hadar numbers."]);

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(graph(page).getByRole('note')).toHaveCount(0);
  await reopen(page, saved.name, saved.text);
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await expect(graph(page).getByRole('note', { name: "Note: Check the Jem'Hadar numbers." })).toBeAttached();
});

test.describe('editing on the canvas', () => {
  test.beforeEach(async ({ page }) => newMission(page));

  test("double-clicking a node's title edits it in place: Enter keeps it as one undo step, Escape drops it", async ({ page }) => {
    const ending = nodeById(page, 'end');
    await ending.getByText('Ending', { exact: true }).dblclick();
    const title = graph(page).getByRole('textbox', { name: 'Node title' });
    await expect(title).toBeFocused();
    await expect(title).toHaveValue('Ending');
    await title.fill('Docking bay');
    await title.press('Enter');
    await expect(title).toHaveCount(0);
    await expect(ending).toContainText('Docking bay');
    await expect(inspector(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Docking bay');

    await undo(page).click();
    await expect(ending).toContainText('Ending');

    await ending.getByText('Ending', { exact: true }).dblclick();
    await title.fill('never kept');
    await title.press('Escape');
    await expect(title).toHaveCount(0);
    await expect(ending).toContainText('Ending');
    await expect(ending).not.toContainText('never kept');
  });

  test('F2 on the selected node edits its title in place from the keyboard, as one undo step', async ({ page }) => {
    const ending = nodeById(page, 'end');
    await ending.getByText('Ending', { exact: true }).click();
    await expect(inspector(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Ending');
    await page.keyboard.press('F2');
    const title = graph(page).getByRole('textbox', { name: 'Node title' });
    await expect(title).toBeFocused();
    await expect(title).toHaveValue('Ending');
    await page.keyboard.type('Airlock');
    await page.keyboard.press('Enter');
    await expect(title).toHaveCount(0);
    await expect(ending).toContainText('Airlock');
    await undo(page).click();
    await expect(ending).toContainText('Ending');
  });

  test("double-clicking a node's first line edits that line in place", async ({ page }) => {
    const start = nodeById(page, 'start');
    await start.locator('.node-content').dblclick();
    const line = graph(page).getByRole('textbox', { name: 'Node first line' });
    await expect(line).toHaveValue('The mission begins.');
    await line.fill('The Belfast drops out of warp.');
    await line.press('Enter');
    await expect(start).toContainText('The Belfast drops out of warp.');
    await undo(page).click();
    await expect(start).toContainText('The mission begins.');
  });
});

for (const viewport of [
  { width: 1600, height: 1000 },
  { width: 1280, height: 720 },
]) {
  test.describe(`placing new nodes at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });
    test.beforeEach(async ({ page }) => newMission(page));

    test('nodes added from the palette land inside the visible canvas, clear of the minimap and zoom buttons', async ({ page }) => {
      for (let i = 0; i < 5; i++) await palette(page).getByRole('button', { name: 'Add narration node' }).click();
      await expect(flowNodes(page)).toHaveCount(7);
      const pane = await box(graph(page).locator('.react-flow__pane'));
      const covers = await Promise.all([graph(page).locator('.minimap-panel'), graph(page).locator('.react-flow__controls')].map(box));
      for (const node of await flowNodes(page).all()) {
        const b = await box(node);
        expect(b.x).toBeGreaterThanOrEqual(pane.x);
        expect(b.y).toBeGreaterThanOrEqual(pane.y);
        expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width);
        expect(b.y + b.height).toBeLessThanOrEqual(pane.y + pane.height);
        for (const c of covers)
          expect(b.x < c.x + c.width && c.x < b.x + b.width && b.y < c.y + c.height && c.y < b.y + b.height).toBe(false);
      }
    });
  });
}

/** Where an edge's drawn path ends, in page pixels. */
const edgeEnd = (page: Page, id: string) =>
  graph(page)
    .locator(`[data-id="${id}"] path.react-flow__edge-path`)
    .evaluate((path: SVGPathElement) => {
      const end = path.getPointAtLength(path.getTotalLength());
      const m = path.getScreenCTM();
      if (!m) throw new Error('the edge is not drawn');
      return { x: end.x * m.a + m.e, y: end.y * m.d + m.f };
    });

for (const viewport of [
  { width: 1600, height: 1000 },
  { width: 1280, height: 720 },
]) {
  test.describe(`collapsible acts at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('a collapsed act is one box that the ways in and out are drawn to, and expanding restores it', async ({ page }) => {
      await openApp(page);
      const act = 'Act 4: The Conference';
      await graph(page)
        .getByRole('button', { name: `Collapse act ${act}` })
        .click();
      const expand = graph(page).getByRole('button', { name: `Expand act ${act}` });
      await expect(expand).toHaveAttribute('aria-expanded', 'false');
      await expect(nodeById(page, 'conference-open')).toHaveCount(0);
      const actBox = nodeById(page, 'act-conference');
      await expect(actBox).toContainText(/\d+ nodes · 1 way in · 2 ways out/);

      // The way in (the escort's end) now ends on the box's input.
      const input = centerOf(await box(actBox.locator('.react-flow__handle[data-handleid="act-in"]')));
      await expect
        .poll(async () => {
          const end = await edgeEnd(page, 'e-escort-trem-done');
          return Math.hypot(end.x - input.x, end.y - input.y);
        })
        .toBeLessThan(6);

      await expand.click();
      await expect(nodeById(page, 'conference-open')).toHaveCount(1);
      await expect(graph(page).getByRole('button', { name: `Collapse act ${act}` })).toHaveAttribute('aria-expanded', 'true');
      const open = await box(nodeById(page, 'conference-open'));
      await expect.poll(async () => (await edgeEnd(page, 'e-escort-trem-done')).x).toBeLessThan(open.x + 4);
      await expect.poll(async () => (await edgeEnd(page, 'e-escort-trem-done')).x).toBeGreaterThan(open.x - 8);
    });
  });
}

test('revealing a node inside a collapsed act from the Outline expands the act first and shows the node', async ({ page }) => {
  await openApp(page);
  const act = 'Act 4: The Conference';
  await graph(page)
    .getByRole('button', { name: `Collapse act ${act}` })
    .click();
  await expect(nodeById(page, 'conference-open')).toHaveCount(0);
  await page.getByRole('button', { name: 'Outline' }).click();
  await page
    .getByRole('navigation', { name: 'Outline' })
    .getByRole('button', { name: secondWaveNode('conference-open').title })
    .click();
  await expect(graph(page).getByRole('button', { name: `Collapse act ${act}` })).toHaveAttribute('aria-expanded', 'true');
  await expect(nodeById(page, 'conference-open')).toBeInViewport();
  await expect(inspector(page).getByRole('textbox', { name: 'Id', exact: true })).toHaveValue('conference-open');
});

test('F2 on a node drawn as a chip at Fit view zooms to it and edits its title in place', async ({ page }) => {
  await openApp(page);
  await selectNodeAtFit(page, 'evac-orders');
  await page.keyboard.press('F2');
  const title = graph(page).getByRole('textbox', { name: 'Node title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(secondWaveNode('evac-orders').title);
  await title.press('Escape');
  await expect(title).toHaveCount(0);
});
