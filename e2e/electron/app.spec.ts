import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import type { WebPreferences } from 'electron';
import { ELECTRON_SKIP_REASON, launchApp } from '../support/electron-app';
import { retitledSecondWave, SECOND_WAVE } from '../support/missions';

test.skip(ELECTRON_SKIP_REASON !== null, ELECTRON_SKIP_REASON ?? '');

let app: ElectronApplication | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('shows the default mission title in the desktop window', async () => {
  app = await launchApp();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await expect(page.getByText(`${SECOND_WAVE.nodeCount} nodes`, { exact: true })).toBeVisible();
});

test('locks down the web preferences of every window', async () => {
  app = await launchApp();
  await app.firstWindow();
  const preferences = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => {
      // Undocumented but long-standing: the preferences a web contents was really created with.
      const contents = window.webContents as unknown as { getLastWebPreferences(): WebPreferences };
      const { contextIsolation, sandbox, nodeIntegration, webSecurity } = contents.getLastWebPreferences();
      return { contextIsolation, sandbox, nodeIntegration, webSecurity };
    }),
  );
  expect(preferences.length).toBeGreaterThan(0);
  for (const preference of preferences) {
    expect(preference).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  }
});

test('gives the page the bridge and nothing of Node', async () => {
  app = await launchApp();
  const page = await app.firstWindow();
  const globals = await page.evaluate(() => ({
    bridge: Object.keys((window as unknown as { missionStudio: object }).missionStudio).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(globals).toEqual({
    bridge: [
      'answerSaveBeforeClose',
      'closeWindow',
      'listBackups',
      'nativeEdit',
      'onFileChanged',
      'onFileOpened',
      'onMenuCommand',
      'onSaveBeforeClose',
      'openExternal',
      'openFile',
      'readBackup',
      'readFile',
      'readLaunchFile',
      'removeBackup',
      'saveFile',
      'setDocumentState',
      'setMenuState',
      'writeBackup',
    ],
    require: 'undefined',
    process: 'undefined',
  });
});

test('refuses to open new windows', async () => {
  app = await launchApp();
  const page = await app.firstWindow();
  const opened = await page.evaluate(() => window.open('app://mission-studio/index.html') !== null);
  expect(opened).toBe(false);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('opens a mission file named on the command line', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'mission-studio-e2e-'));
  try {
    const file = join(folder, 'launch.mission.json');
    writeFileSync(file, retitledSecondWave('Second Wave, From Disk'));
    app = await launchApp([file]);
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'Second Wave, From Disk' })).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
