import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ELECTRON_SKIP_REASON, launchApp } from '../support/electron-app';
import {
  answerMessageBoxes,
  answerOpenDialog,
  answerSaveDialog,
  clickMenuItem,
  closeWindow,
  menuItem,
  messageBoxesShown,
  recentFileLabels,
  windowTitle,
} from '../support/electron-main';
import { retitledSecondWave, SECOND_WAVE } from '../support/missions';

test.skip(ELECTRON_SKIP_REASON !== null, ELECTRON_SKIP_REASON ?? '');

let app: ElectronApplication | undefined;
let folder: string;

test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'mission-studio-menu-'));
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  rmSync(folder, { recursive: true, force: true });
});

/** Writes the reference mission under `title` into the test folder. */
function missionFile(name: string, title: string): string {
  const path = join(folder, name);
  writeFileSync(path, retitledSecondWave(title));
  return path;
}

const nodesOnDisk = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { nodes: unknown[] }).nodes.length;

/** Deletes every node through the Edit menu: an edit that needs no knowledge of the views. */
async function deleteEverything(app: ElectronApplication, page: Page) {
  // Focus outside any text field: there Edit ▸ Select All would select the field's text instead.
  await page.getByRole('contentinfo', { name: 'Status' }).click();
  await clickMenuItem(app, 'edit.selectAll');
  await clickMenuItem(app, 'edit.delete');
  await expect(page.getByText('0 nodes', { exact: true })).toBeVisible();
}

async function launchWith(args: string[] = []) {
  app = await launchApp(args);
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { app, page };
}

test('has the usual menus, with Undo and Save greyed out while there is nothing to do', async () => {
  const { app, page } = await launchWith();
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await expect.poll(async () => (await menuItem(app, 'file.new'))?.enabled).toBe(true);
  expect(await menuItem(app, 'file.save')).toMatchObject({ enabled: true, accelerator: 'CmdOrCtrl+S' });
  expect(await menuItem(app, 'edit.undo')).toMatchObject({ enabled: false, accelerator: 'CmdOrCtrl+Z' });
  await deleteEverything(app, page);
  await expect.poll(async () => (await menuItem(app, 'edit.undo'))?.enabled).toBe(true);
  for (const id of [
    'file.open',
    'file.saveAs',
    'file.export',
    'file.close',
    'edit.redo',
    'view.commandPalette',
    'help.about',
    'help.readme',
  ]) {
    expect(await menuItem(app, id), id).not.toBeNull();
  }
});

test('opens and saves a file through the File menu; the title, dirty mark and recent files follow', async () => {
  const path = missionFile('menu.mission.json', 'Second Wave, Via Menu');
  const { app, page } = await launchWith();
  await answerOpenDialog(app, path);
  await clickMenuItem(app, 'file.open');
  await expect(page.getByRole('heading', { level: 1, name: 'Second Wave, Via Menu' })).toBeVisible();
  await expect.poll(() => windowTitle(app)).toBe('menu.mission.json - Mission Studio');

  await deleteEverything(app, page);
  await expect.poll(() => windowTitle(app)).toBe('● menu.mission.json - Mission Studio');
  await clickMenuItem(app, 'file.save');
  await expect.poll(() => nodesOnDisk(path)).toBe(0);
  await expect.poll(() => windowTitle(app)).toBe('menu.mission.json - Mission Studio');
  // Written through a temporary file and a rename: nothing else is left in the folder.
  expect(readdirSync(folder)).toEqual(['menu.mission.json']);
  await expect.poll(() => recentFileLabels(app)).toContain(path);
});

test('Save As makes the new file the document; Save a Copy writes a copy and leaves the document as it was', async () => {
  const path = missionFile('original.mission.json', 'Second Wave, Original');
  const { app, page } = await launchWith([path]);
  await expect(page.getByRole('heading', { level: 1, name: 'Second Wave, Original' })).toBeVisible();
  const renamed = join(folder, 'renamed.mission.json');
  await answerSaveDialog(app, renamed);
  await clickMenuItem(app, 'file.saveAs');
  await expect.poll(() => windowTitle(app)).toBe('renamed.mission.json - Mission Studio');
  expect(nodesOnDisk(renamed)).toBe(SECOND_WAVE.nodeCount);

  await deleteEverything(app, page);
  const exported = join(folder, 'exported.mission.json');
  await answerSaveDialog(app, exported);
  await clickMenuItem(app, 'file.saveCopy');
  await expect.poll(() => readdirSync(folder).sort()).toEqual(['exported.mission.json', 'original.mission.json', 'renamed.mission.json']);
  expect(nodesOnDisk(exported)).toBe(0);
  expect(nodesOnDisk(renamed)).toBe(SECOND_WAVE.nodeCount);
  await expect.poll(() => windowTitle(app)).toBe('● renamed.mission.json - Mission Studio');
});

test("asks before closing with unsaved changes: Cancel keeps the window, Don't Save closes it", async () => {
  const { app: running, page } = await launchWith();
  await deleteEverything(running, page);
  await answerMessageBoxes(running, 2);
  await closeWindow(running);
  await expect.poll(() => messageBoxesShown(running)).toEqual(['Do you want to save the changes you made to second-wave.mission.json?']);
  expect(await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

  await answerMessageBoxes(running, 1);
  const closed = running.waitForEvent('close');
  await closeWindow(running);
  await closed;
  // The app quit by itself: nothing left for afterEach to close.
  app = undefined;
});

test('Save in the closing question saves the file, then closes', async () => {
  const path = missionFile('close.mission.json', 'Second Wave, Closing');
  const { app: running, page } = await launchWith([path]);
  await deleteEverything(running, page);
  await answerMessageBoxes(running, 0);
  const closed = running.waitForEvent('close');
  await closeWindow(running);
  await closed;
  app = undefined;
  expect(nodesOnDisk(path)).toBe(0);
});

test('a file changed on disk asks Reload or Keep mine; after Keep mine, Save asks before overwriting', async () => {
  const path = missionFile('shared.mission.json', 'Second Wave, Shared');
  const { app, page } = await launchWith([path]);
  await expect(page.getByRole('heading', { level: 1, name: 'Second Wave, Shared' })).toBeVisible();

  writeFileSync(path, retitledSecondWave('Second Wave, Changed Elsewhere'));
  const question = page.getByRole('alertdialog', { name: 'File changed on disk' });
  await question.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Second Wave, Changed Elsewhere' })).toBeVisible();

  writeFileSync(path, retitledSecondWave('Second Wave, Changed Again'));
  await question.getByRole('button', { name: 'Keep mine' }).click();
  await expect(question).toBeHidden();
  await deleteEverything(app, page);
  await clickMenuItem(app, 'file.save');
  await expect(question).toContainText('Overwrite it with your version?');
  expect(nodesOnDisk(path)).toBe(SECOND_WAVE.nodeCount);
  await question.getByRole('button', { name: 'Overwrite' }).click();
  await expect.poll(() => nodesOnDisk(path)).toBe(0);
});
