import { expect, test, type Page } from '@playwright/test';
import { box, graph, nodeById, openApp } from '../support/canvas';
import { SECOND_WAVE_TEXT, TUTORIAL } from '../support/missions';
import { goToLine, monacoText } from '../support/source';

// A designer's first hour (issue 12): the steps that lost work or misled, walked by roles and names.
const TITLE_LINE = SECOND_WAVE_TEXT.split('\n').findIndex((line) => line.includes('"title"')) + 1;
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const palette = (page: Page) => page.getByRole('toolbar', { name: 'Palette' });
const flowNodes = (page: Page) => graph(page).locator('.react-flow__node-mission');

async function newMission(page: Page) {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Second Wave/);
}

/** The boxes of the drawn flow nodes, to tell whether any two overlap. */
async function overlapping(page: Page): Promise<number> {
  const boxes = await flowNodes(page).evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
  );
  let count = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) count++;
    }
  return count;
}

test.describe("a designer's first hour", () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test('while the source text does not load, the Inspector is read-only and offers to discard the text, which is never lost', async ({
    page,
  }) => {
    await goToLine(page, TITLE_LINE);
    await page.keyboard.press('End');
    await page.keyboard.type(' oops');
    const notice = inspector(page).getByRole('note', { name: 'Read-only while the source has errors' });
    await expect(notice).toBeVisible();
    await inspector(page).getByRole('tab', { name: 'Mission' }).click();
    await expect(inspector(page).getByRole('textbox', { name: 'Title' })).toBeDisabled();
    await expect(monacoText(page)).toContainText('oops');

    await notice.getByRole('button', { name: 'Discard my text' }).click();
    await expect(notice).toHaveCount(0);
    await expect(monacoText(page)).not.toContainText('oops');
    await expect(inspector(page).getByRole('textbox', { name: 'Title' })).toBeEnabled();
  });

  test('after Undo the selection holds only what exists, and Escape clears it', async ({ page }) => {
    await newMission(page);
    await palette(page).getByRole('button', { name: 'Add end node' }).click();
    await palette(page).getByRole('button', { name: 'Add dialog node' }).click();
    await expect(flowNodes(page)).toHaveCount(4);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(flowNodes(page)).toHaveCount(3);
    await flowNodes(page).first().click();
    await expect(inspector(page)).not.toContainText('selected');
    await expect(inspector(page).getByRole('button', { name: 'Delete node' })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(inspector(page).getByRole('button', { name: 'Delete node' })).toHaveCount(0);
    await expect(graph(page).locator('.react-flow__node.selected')).toHaveCount(0);
  });

  test('nodes from the palette land in free space, and a new fight is valid with sides of its own', async ({ page }) => {
    await newMission(page);
    for (const type of ['end', 'dialog', 'narration', 'combat'])
      await palette(page)
        .getByRole('button', { name: `Add ${type} node` })
        .click();
    await expect(flowNodes(page)).toHaveCount(6);
    expect(await overlapping(page)).toBe(0);

    // The fight was selected as it was made: its sides are two new units, and nothing about it is a schema error.
    await expect(inspector(page).getByRole('combobox', { name: 'Unit of ally 1' })).toHaveValue('unit-1');
    await expect(inspector(page).getByRole('combobox', { name: 'Unit of enemy 1' })).toHaveValue('unit-2');
    await expect(page.getByRole('region', { name: 'Problems' })).not.toContainText('needs at least one');
    await inspector(page).getByRole('button', { name: 'Add enemy' }).click();
    await expect(inspector(page).getByRole('combobox', { name: 'Unit of enemy 2' })).toHaveValue('unit-2');
  });

  test('Undo names its step, Edit > History lists the steps, and the Node tab comes back after a visit to Units', async ({ page }) => {
    await newMission(page);
    await palette(page).getByRole('button', { name: 'Add end node' }).click();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAttribute('title', /^Undo: Add Node/);

    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('textbox', { name: 'Command' }).fill('History');
    await page.getByRole('listbox', { name: 'Commands' }).getByRole('option').first().click();
    const steps = page.getByRole('dialog', { name: 'History' }).getByRole('list', { name: 'History steps' });
    await expect(steps.getByRole('listitem')).toHaveText([/Opened/, /Add Node \(now\)/]);
    await steps.getByRole('button', { name: 'Opened' }).click();
    await expect(flowNodes(page)).toHaveCount(2);
    await page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: 'Close' }).click();

    await flowNodes(page).first().click();
    await expect(inspector(page).getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
    await inspector(page).getByRole('tab', { name: 'Units' }).click();
    await page.keyboard.press('Escape');
    await flowNodes(page).first().click();
    await expect(inspector(page).getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
  });

  test('Help > Open Tutorial opens the bundled tutorial on its first node, readable, and the first launch says how to start', async ({
    page,
  }) => {
    const hint = page.getByRole('note', { name: 'How to start' });
    await expect(hint).toBeVisible();
    await hint.getByRole('button', { name: 'tutorial', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TUTORIAL.title);
    // On its start node, selected and drawn whole at a size whose title can be read (not fitted to chips).
    await expect(inspector(page).getByRole('textbox', { name: 'Id', exact: true })).toHaveValue(TUTORIAL.start.id);
    const start = nodeById(page, TUTORIAL.start.id);
    await expect(start.getByText(TUTORIAL.start.title, { exact: true })).toBeVisible();
    await expect.poll(async () => (await box(start)).width).toBeGreaterThan(150);
    await hint.getByRole('button', { name: 'Dismiss the hint' }).click();
    await expect(hint).toHaveCount(0);
  });
});
