import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE, SECOND_WAVE_TEXT } from '../support/missions';
import { expectSourceLine } from '../support/source';

interface FileNode {
  id: string;
  type: string;
  title: string;
  data: { lines?: string[]; cases?: Array<{ id: string; condition: string }> };
}
interface FileMission {
  meta: { title: string };
  variables: Array<{ id: string }>;
  nodes: FileNode[];
}
const mission = JSON.parse(SECOND_WAVE_TEXT) as FileMission;

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const graphNode = (page: Page, id: string) => page.getByRole('region', { name: 'Graph' }).locator(`[data-node-id="${id}"]`);
const undo = (page: Page) => page.getByRole('button', { name: 'Undo' });

/** The line (from 1) of `text` where `needle` first occurs. */
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
}

/**
 * The reference mission with `visited("<a dialog>")` added to a branch's condition, as a Windows editor saves it
 * (a byte order mark, CRLF line endings), and what the specs need to know about it.
 */
function missionWithVisit() {
  const copy = JSON.parse(SECOND_WAVE_TEXT) as FileMission;
  copy.meta.title = 'Second Wave, Revisited';
  const dialogs = copy.nodes.filter((n) => n.type === 'dialog');
  const dialog = dialogs[Math.floor(dialogs.length / 2)];
  const branch = copy.nodes.find((n) => n.type === 'branch' && (n.data.cases?.length ?? 0) > 0);
  const firstCase = branch?.data.cases?.[0];
  if (!dialog || !firstCase) throw new Error('the reference mission has no dialog or no branch');
  firstCase.condition = `${firstCase.condition} && visited("${dialog.id}")`;
  const text = `${JSON.stringify(copy, null, 2)}\n`;
  return {
    title: copy.meta.title,
    dialogId: dialog.id,
    line: lineOf(text, `visited(\\"${dialog.id}\\")`),
    windowsText: `\uFEFF${text.replace(/\n/g, '\r\n')}`,
  };
}

test.describe('refactoring', () => {
  test('renaming a node in the Inspector rewrites visited("id") in the source, and one Undo reverts it all', async ({ page }) => {
    await openApp(page);
    const file = missionWithVisit();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open' }).click();
    await (await chooser).setFiles({ name: 'revisited.mission.json', mimeType: 'application/json', buffer: Buffer.from(file.windowsText) });
    await expect(page.getByRole('heading', { level: 1, name: file.title })).toBeVisible();
    await expectSourceLine(page, file.line, `visited(\\"${file.dialogId}\\")`);

    await graphNode(page, file.dialogId).click();
    const id = inspector(page).getByLabel('Id', { exact: true });
    await expect(id).toHaveValue(file.dialogId);
    const renamed = `${file.dialogId}-renamed`;
    await id.fill(renamed);
    await id.press('Enter');
    await expect(graphNode(page, renamed)).toHaveCount(1);
    await expectSourceLine(page, file.line, `visited(\\"${renamed}\\")`);

    await undo(page).click();
    await expect(graphNode(page, file.dialogId)).toHaveCount(1);
    await expect(inspector(page).getByLabel('Id', { exact: true })).toHaveValue(file.dialogId);
    await expectSourceLine(page, file.line, `visited(\\"${file.dialogId}\\")`);
    await expect(undo(page)).toBeDisabled();
  });

  test('renaming a variable in the Variables table rewrites its reads and writes, and one Undo reverts it all', async ({ page }) => {
    await openApp(page);
    const variable = 'shonDrill';
    const row = mission.variables.findIndex((v) => v.id === variable) + 1;
    const write = `"${variable} = true"`;
    const read = `"condition": "${variable}"`;
    expect(row).toBeGreaterThan(0);
    const writeLine = lineOf(SECOND_WAVE_TEXT, write);
    const readLine = lineOf(SECOND_WAVE_TEXT, read);
    expect(writeLine * readLine).toBeGreaterThan(0);

    const form = inspector(page);
    await form.getByRole('tab', { name: 'Variables' }).click();
    const id = form.getByLabel(`Id of variable ${row}`);
    await expect(id).toHaveValue(variable);
    // A word expressions reserve is refused as it is typed, with the reason.
    await id.fill('visited');
    await expect(form.getByText(/'visited' is the built-in function/)).toBeVisible();
    await id.fill('shonRescued');
    await id.press('Enter');
    await expectSourceLine(page, writeLine, '"shonRescued = true"');
    await expectSourceLine(page, readLine, '"condition": "shonRescued"');

    await undo(page).click();
    await expect(id).toHaveValue(variable);
    await expectSourceLine(page, writeLine, write);
    await expectSourceLine(page, readLine, read);
    await expect(undo(page)).toBeDisabled();
  });

  test('Find > Replace replaces one match and Replace all every match in the lines, each one Undo step', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('ControlOrMeta+f');
    const bar = page.getByRole('search', { name: 'Find in mission' });
    await bar.getByRole('textbox', { name: 'Find' }).fill('runabout');
    const counter = bar.getByText(/^\d+ of \d+$/);
    await expect(counter).toHaveText(/^1 of \d+$/);
    const before = (await counter.textContent()) ?? '';
    const total = Number(before.split(' of ')[1]);
    expect(total).toBeGreaterThan(2);

    await bar.getByRole('textbox', { name: 'Replace with' }).fill('shuttle');
    await bar.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect(undo(page)).toBeEnabled();
    await undo(page).click();
    // The cursor stays on the field it was on, which matches again.
    await expect(counter).toHaveText(new RegExp(`^\\d+ of ${total}$`));
    await expect(undo(page)).toBeDisabled();

    await bar.getByRole('button', { name: 'Replace all' }).click();
    await expect(bar.getByRole('status')).toHaveText(/^Replaced in \d+ fields$/);
    await expect(bar.getByText('No matches')).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Replace all' })).toBeDisabled();
    await bar.getByRole('textbox', { name: 'Find' }).fill('shuttle');
    await expect(bar.getByText(new RegExp(`^1 of ${total}$`))).toBeVisible();

    await undo(page).click();
    await expect(bar.getByText('No matches')).toBeVisible();
    await bar.getByRole('textbox', { name: 'Find' }).fill('runabout');
    await expect(counter).toHaveText(`1 of ${total}`);
    await expect(undo(page)).toBeDisabled();
  });
});
