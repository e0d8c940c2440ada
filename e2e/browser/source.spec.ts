import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE, SECOND_WAVE_TEXT } from '../support/missions';
import { goToLine, monacoLoaded, monacoText, sourceRegion } from '../support/source';

// The source view shows the file's own text, so a line of the file is a line of the editor.
const TITLE_LINE = SECOND_WAVE_TEXT.split('\n').findIndex((line) => line.includes('"title"')) + 1;

const problemsRegion = (page: Page) => page.getByRole('region', { name: 'Problems' });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The window's title heading shows `title` (with or without the unsaved-changes mark). */
const titled = (title: string) => new RegExp(`^${escape(title)}( ●)?$`);
const parseErrors = (page: Page) => problemsRegion(page).getByRole('listitem').filter({ hasText: 'parse-error' });

const UNKNOWN = 'nobodyDeclaredThis';
const CONDITION_KEY = '"condition": "';

/** The first condition of the reference mission: its line and column (just inside its opening quote), and the node it belongs to once it reads UNKNOWN. */
function firstCondition(): { line: number; column: number; nodeId: string; nodeTitle: string } {
  const at = SECOND_WAVE_TEXT.indexOf(CONDITION_KEY) + CONDITION_KEY.length;
  const changed = `${SECOND_WAVE_TEXT.slice(0, at)}${UNKNOWN} && ${SECOND_WAVE_TEXT.slice(at)}`;
  const mission = JSON.parse(changed) as { nodes: Array<{ id: string; title: string }> };
  const node = mission.nodes.find((n) => JSON.stringify(n).includes(UNKNOWN));
  if (!node) throw new Error('the reference mission has no condition');
  const before = SECOND_WAVE_TEXT.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, nodeId: node.id, nodeTitle: node.title };
}

/** Puts the cursor at the end of a line of the Monaco editor (lines from 1). */
async function goToLineEnd(page: Page, line: number): Promise<void> {
  await goToLine(page, line);
  await page.keyboard.press('End');
}

test.describe('the source view', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
    await monacoLoaded(page);
    await expect(monacoText(page)).toContainText('"format"');
  });

  test('lists broken JSON in Problems with its line, and clears it once fixed', async ({ page }) => {
    await goToLineEnd(page, 2);
    await page.keyboard.type(' oops');
    await expect(parseErrors(page)).toHaveCount(1);
    await expect(parseErrors(page).first()).toContainText(/^error 2:\d+ /);
    await expect(problemsRegion(page)).toContainText('the graph shows the last valid version');
    await expect(sourceRegion(page).locator('.squiggly-error').first()).toBeVisible();

    for (let i = 0; i < ' oops'.length; i++) await page.keyboard.press('Backspace');
    await expect(parseErrors(page)).toHaveCount(0);
    await expect(problemsRegion(page)).not.toContainText('the graph shows the last valid version');
  });

  test('a valid edit in the text changes the mission, and Undo and Redo in the toolbar change the text back and forth', async ({
    page,
  }) => {
    const heading = page.getByRole('heading', { level: 1 });
    await goToLineEnd(page, TITLE_LINE);
    await page.keyboard.press('ArrowLeft'); // before the comma
    await page.keyboard.press('ArrowLeft'); // before the closing quote
    await page.keyboard.type(' Again');
    await expect(heading).toHaveText(titled(`${SECOND_WAVE.title} Again`));

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(heading).toHaveText(titled(SECOND_WAVE.title));
    await expect(monacoText(page)).toContainText(`"title": "${SECOND_WAVE.title}",`);
    await expect(monacoText(page)).not.toContainText(`${SECOND_WAVE.title} Again`);

    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(monacoText(page)).toContainText(`"title": "${SECOND_WAVE.title} Again",`);
    await expect(heading).toHaveText(titled(`${SECOND_WAVE.title} Again`));
  });

  test("Ctrl+Z in the text uses the app's history", async ({ page }) => {
    const heading = page.getByRole('heading', { level: 1 });
    await goToLineEnd(page, TITLE_LINE);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('!');
    await expect(heading).toHaveText(titled(`${SECOND_WAVE.title}!`));
    await page.keyboard.press('Control+z');
    await expect(heading).toHaveText(titled(SECOND_WAVE.title));
    await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
    await page.keyboard.press('Control+Shift+z');
    await expect(heading).toHaveText(titled(`${SECOND_WAVE.title}!`));
  });

  test('Ctrl+Z after breaking the JSON goes back to the last valid text', async ({ page }) => {
    await goToLineEnd(page, 2);
    await page.keyboard.type('x');
    await expect(parseErrors(page)).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(parseErrors(page)).toHaveCount(0);
    await expect(monacoText(page)).toContainText('"format": "mission-studio/2",');
    await expect(monacoText(page)).not.toContainText('"mission-studio/2",x');
  });

  test('clicking a problem of the text puts the cursor on its line', async ({ page }) => {
    await goToLineEnd(page, 3);
    await page.keyboard.type('}');
    await expect(parseErrors(page)).toHaveCount(1);
    const location = await parseErrors(page).first().locator('.problem-location').innerText();
    const line = location.split(':')[0] ?? '';
    await page.keyboard.press('Control+End'); // move away, so the click has to bring the cursor back
    await parseErrors(page).first().getByRole('button').click();
    await expect(sourceRegion(page).locator('.active-line-number')).toHaveText(line);
    await expect(sourceRegion(page).getByRole('textbox', { name: 'Mission source' })).toBeFocused();
  });

  test('names the node a problem is about, and clicking the problem selects that node in the graph', async ({ page }) => {
    const { line, column, nodeId, nodeTitle } = firstCondition();
    await goToLine(page, line, column);
    await page.keyboard.type(`${UNKNOWN} && `);
    const problem = problemsRegion(page).getByRole('listitem').filter({ hasText: UNKNOWN });
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('undefined-variable');
    await expect(problem).toContainText(nodeTitle);
    await problem.getByRole('button').click();
    await expect(page.locator(`[data-node-id="${nodeId}"]`)).toHaveClass(/selected/);
  });

  test('keys typed in the text never act on the graph', async ({ page }) => {
    // Select every node, then type Space and Backspace in the text: React Flow pans on Space and deletes the
    // selection on Backspace when a key reaches it from outside a text field.
    await page.getByRole('region', { name: 'Graph' }).click({ position: { x: 400, y: 40 } });
    await page.keyboard.press('Control+a');
    await expect(page.locator('[data-node-id].selected')).toHaveCount(SECOND_WAVE.nodeCount);
    await goToLineEnd(page, 2);
    await page.keyboard.type(' x');
    await expect(monacoText(page)).toContainText('"mission-studio/2", x');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect(monacoText(page)).not.toContainText('"mission-studio/2", x');
    await expect(page.getByText(`${SECOND_WAVE.nodeCount} nodes`, { exact: true })).toBeVisible();
    await expect(page.locator('[data-node-id]')).toHaveCount(SECOND_WAVE.nodeCount);
  });

  test('a file that did not load opens in the source with a banner, and becomes the mission once fixed there', async ({ page }) => {
    const mission = {
      format: 'mission-studio/2',
      meta: { id: 'tiny', title: 'Fixed in the Source', summary: 'A file repaired by hand.', factions: ['federation'] },
      variables: [],
      cast: [],
      locations: [],
      units: [],
      nodes: [],
      edges: [],
    };
    // The comma after line 2 is missing: the file does not parse.
    const broken = JSON.stringify(mission, null, 2).replace('"mission-studio/2",', '"mission-studio/2"');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open' }).click();
    await (await chooser).setFiles({ name: 'typo.mission.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const banner = sourceRegion(page).getByRole('note');
    await expect(banner).toContainText('This file did not load');
    await expect(parseErrors(page)).toHaveCount(1);
    await expect(problemsRegion(page)).toContainText('The file did not load');

    await goToLineEnd(page, 2);
    await page.keyboard.type(',');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titled(mission.meta.title));
    await expect(banner).toHaveCount(0);
    await expect(parseErrors(page)).toHaveCount(0);
  });
});
