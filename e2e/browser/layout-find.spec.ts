import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE, SECOND_WAVE_TEXT } from '../support/missions';

/** Where each node is drawn on the canvas: React Flow's transform of the node's element, by mission id. */
async function drawnPositions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const positions: Record<string, string> = {};
    document.querySelectorAll<HTMLElement>('[data-node-id]').forEach((el) => {
      const wrapper = el.closest<HTMLElement>('.react-flow__node');
      if (el.dataset['nodeId']) positions[el.dataset['nodeId']] = wrapper?.style.transform ?? '';
    });
    return positions;
  });
}

// ELK starts a worker and parses 1.6 MB before its first layout: give it time on a busy machine.
const LAYOUT_WAIT = { timeout: 30_000 };

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await expect(page.locator('[data-node-id]')).toHaveCount(SECOND_WAVE.nodeCount);
}

const selectedNodeIds = (page: Page) =>
  page.locator('[data-node-id].selected').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['nodeId']));

test.describe('auto-layout', () => {
  test('moves the nodes, and one Undo puts every node back', async ({ page }) => {
    await openApp(page);
    const before = await drawnPositions(page);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeDisabled();

    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await expect(undo).toBeEnabled(LAYOUT_WAIT);
    await expect
      .poll(async () => Object.entries(await drawnPositions(page)).filter(([id, at]) => before[id] !== at).length)
      .toBeGreaterThan(SECOND_WAVE.nodeCount / 2);

    await undo.click();
    await expect.poll(() => drawnPositions(page)).toEqual(before);
    await expect(undo).toBeDisabled();
  });

  test('lays out a file whose nodes have no positions when it opens', async ({ page }) => {
    await openApp(page);
    const mission = JSON.parse(SECOND_WAVE_TEXT) as { meta: { title: string }; nodes: Array<{ position: { x: number; y: number } }> };
    mission.meta.title = 'Second Wave, Unplaced';
    for (const node of mission.nodes) node.position = { x: 0, y: 0 };
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open' }).click();
    await (
      await chooser
    ).setFiles({ name: 'unplaced.mission.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mission)) });
    await expect(page.getByRole('heading', { level: 1, name: 'Second Wave, Unplaced' })).toBeVisible();
    // Siblings stacked at one spot share a transform; after the layout, none of them do.
    await expect
      .poll(async () => new Set(Object.values(await drawnPositions(page))).size, LAYOUT_WAIT)
      .toBeGreaterThan(SECOND_WAVE.nodeCount / 2);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  });
});

test.describe('find', () => {
  test('finds "Trem", cycles through the matches and selects each match\'s node; Escape closes', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('ControlOrMeta+f');
    const bar = page.getByRole('search');
    await bar.getByRole('textbox', { name: 'Find' }).fill('Trem');
    const counter = bar.getByText(/^\d+ of \d+$/);
    await expect(counter).toHaveText(/^1 of \d+$/);
    const total = Number((await counter.textContent())?.split(' of ')[1]);
    expect(total).toBeGreaterThan(2);

    // The bar names the current match's node ("temple-trem · title"); that node is the one selected.
    const currentNode = async () => (await bar.getByText(/ · /).first().textContent())?.split(' · ')[0]?.trim();
    const seen = new Set<string>();
    for (let i = 1; i <= total; i++) {
      await expect(counter).toHaveText(`${i} of ${total}`);
      const id = await currentNode();
      expect(id).toBeTruthy();
      await expect.poll(() => selectedNodeIds(page)).toEqual([id]);
      seen.add(id!);
      await page.keyboard.press('Enter');
    }
    await expect(counter).toHaveText(`1 of ${total}`);
    expect(seen.size).toBeGreaterThan(1);

    await page.keyboard.press('Shift+Enter');
    await expect(counter).toHaveText(`${total} of ${total}`);
    await bar.getByRole('button', { name: 'Next match' }).click();
    await expect(counter).toHaveText(`1 of ${total}`);

    await bar.getByRole('textbox', { name: 'Find' }).press('Escape');
    await expect(bar).toBeHidden();
  });

  test("leaves Ctrl+F inside the Source view to its editor's own find", async ({ page }) => {
    await openApp(page);
    const source = page.getByRole('region', { name: 'Source' });
    await source.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+f');
    await expect(source.locator('.find-widget.visible')).toBeVisible();
    await expect(page.getByRole('search', { name: 'Find in mission' })).toHaveCount(0);
  });

  test('says when nothing matches', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('search').getByRole('textbox', { name: 'Find' }).fill('no such words anywhere');
    await expect(page.getByRole('search').getByText('No matches')).toBeVisible();
    await expect(page.getByRole('search').getByRole('button', { name: 'Next match' })).toBeDisabled();
  });
});
