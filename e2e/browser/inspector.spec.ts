import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE, SECOND_WAVE_TEXT } from '../support/missions';
import { expectSourceLine } from '../support/source';

interface FileNode {
  id: string;
  type: string;
  title: string;
  data: { lines?: string[] };
}
const mission = JSON.parse(SECOND_WAVE_TEXT) as { nodes: FileNode[]; variables: Array<{ id: string }> };

/**
 * A dialog of the reference mission, read from the file: its id, title and first line. One from the middle of
 * the file, so it is drawn mid-canvas, clear of the palette along the graph's left edge.
 */
const dialog = (() => {
  const dialogs = mission.nodes.filter((n) => n.type === 'dialog' && (n.data.lines?.length ?? 0) > 0);
  const node = dialogs[Math.floor(dialogs.length / 2)];
  const line = node?.data.lines?.[0];
  if (!node || line === undefined) throw new Error('the reference mission has no dialog with lines');
  return {
    id: node.id,
    title: node.title,
    line,
    lineNumber: SECOND_WAVE_TEXT.split('\n').findIndex((l) => l.includes(JSON.stringify(line))) + 1,
  };
})();

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const graphNode = (page: Page, id: string) => page.getByRole('region', { name: 'Graph' }).locator(`[data-node-id="${id}"]`);

test.describe('the inspector', () => {
  let pageErrors: string[] = [];

  test.beforeEach(async ({ page }) => {
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
    await expect(graphNode(page, dialog.id)).toHaveCount(1);
  });

  test.afterEach(() => {
    // A form that loops on its own updates shows up as an uncaught error (React's "maximum update depth").
    expect(pageErrors).toEqual([]);
  });

  test("edits a dialog's title and a line, shows them in the graph and the source, and Undo puts them back", async ({ page }) => {
    await graphNode(page, dialog.id).click();
    const form = inspector(page);
    await expect(form.getByLabel('Id', { exact: true })).toHaveValue(dialog.id);

    const title = form.getByLabel('Title', { exact: true });
    await title.fill(`${dialog.title} (revised)`);
    await expect(graphNode(page, dialog.id)).toContainText(`${dialog.title} (revised)`);

    const line = form.getByLabel('Line 1', { exact: true });
    const edited = `${dialog.line} Welcome to the station.`;
    await line.fill(edited);
    await expect(line).toHaveValue(edited);
    await expectSourceLine(page, dialog.lineNumber, edited);

    // Each field's change is its own undo step: the line first, then the title.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(line).toHaveValue(dialog.line);
    await expect(title).toHaveValue(`${dialog.title} (revised)`);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(title).toHaveValue(dialog.title);
    await expect(graphNode(page, dialog.id)).toContainText(dialog.title);
    await expectSourceLine(page, dialog.lineNumber, dialog.line);
  });

  test('takes a node out of its act with the Group field, where it is drawn, and one Undo puts it back', async ({ page }) => {
    const node = graphNode(page, dialog.id);
    await node.click();
    const group = inspector(page).getByLabel('Group', { exact: true });
    const act = await group.inputValue();
    expect(act).not.toBe('');
    const before = await node.boundingBox();

    await group.selectOption('');
    await expect(group).toHaveValue('');
    // Its position is now relative to the canvas rather than the act's frame, so it stays put on screen.
    await expect.poll(async () => (await node.boundingBox())?.x).toBeCloseTo(before?.x ?? NaN, 0);
    expect((await node.boundingBox())?.y).toBeCloseTo(before?.y ?? NaN, 0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(group).toHaveValue(act);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('refuses an id that breaks the pattern or is taken, and says why, without renaming', async ({ page }) => {
    await graphNode(page, dialog.id).click();
    const id = inspector(page).getByLabel('Id', { exact: true });
    await id.fill('two words');
    await id.press('Enter');
    await expect(inspector(page)).toContainText('Use letters, digits');
    await expect(id).toHaveAttribute('aria-invalid', 'true');
    const other = mission.nodes.find((n) => n.id !== dialog.id)?.id ?? '';
    await id.fill(other);
    await id.press('Enter');
    await expect(inspector(page)).toContainText(`Another node already has the id '${other}'`);
    await expect(graphNode(page, dialog.id)).toHaveCount(1);

    await id.fill(`${dialog.id}-renamed`);
    await id.press('Enter');
    await expect(graphNode(page, `${dialog.id}-renamed`)).toHaveCount(1);
    await expect(inspector(page).getByLabel('Id', { exact: true })).toHaveValue(`${dialog.id}-renamed`);

    // Undo renames it back, and the form stays on the node under its old name.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(graphNode(page, dialog.id)).toHaveCount(1);
    await expect(inspector(page).getByLabel('Id', { exact: true })).toHaveValue(dialog.id);
  });

  test('adds a variable in the Variables table, and Undo removes it', async ({ page }) => {
    const form = inspector(page);
    await form.getByRole('tab', { name: 'Mission' }).click();
    await expect(form.getByLabel('Mission title')).toHaveValue(SECOND_WAVE.title);
    // Arrow keys move along the tabs, as in any tab list.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(form.getByRole('tab', { name: 'Variables' })).toHaveAttribute('aria-selected', 'true');

    const row = mission.variables.length + 1;
    await form.getByRole('button', { name: 'Add variable' }).click();
    const id = form.getByLabel(`Id of variable ${row}`);
    await expect(id).toBeVisible();
    await id.fill('alarmRaised');
    await id.press('Enter');
    await form.getByLabel(`Type of variable ${row}`).selectOption('number');
    await form.getByLabel(`Initial value of variable ${row}`).fill('3');
    // Nothing reads the new variable yet: the validator says so by name.
    await expect(page.getByRole('region', { name: 'Problems' })).toContainText('alarmRaised');

    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo' }).click();
    await expect(form.getByLabel(`Id of variable ${row}`)).toHaveValue(/^variable\d+$/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(form.getByLabel(`Id of variable ${row}`)).toHaveCount(0);
  });
});
