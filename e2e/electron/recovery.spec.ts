import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { ELECTRON_SKIP_REASON, launchApp, makeUserData } from '../support/electron-app';
import { clickMenuItem, windowTitle } from '../support/electron-main';
import { SECOND_WAVE } from '../support/missions';

test.skip(ELECTRON_SKIP_REASON !== null, ELECTRON_SKIP_REASON ?? '');

let app: ElectronApplication | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

const backupsIn = (userData: string) => {
  const folder = join(userData, 'backups');
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')) : [];
};

/** Kills the app's process as a crash would: no unload, no cleanup. */
async function killApp(running: ElectronApplication): Promise<void> {
  const child = running.process();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

test('offers to restore unsaved work after the app was killed, and restores it', async () => {
  const userData = makeUserData();
  const first = await launchApp([], { userData });
  app = first;
  const page = await first.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await page.getByRole('contentinfo', { name: 'Status' }).click();
  await clickMenuItem(first, 'edit.selectAll');
  await clickMenuItem(first, 'edit.delete');
  await expect(page.getByText('0 nodes', { exact: true })).toBeVisible();
  // The backup is written about a second after the last edit.
  await expect.poll(() => backupsIn(userData)).toHaveLength(1);
  await killApp(first);
  app = undefined;

  app = await launchApp([], { userData });
  const again = await app.firstWindow();
  const offer = again.getByRole('alertdialog', { name: 'Restore unsaved changes?' });
  await expect(offer).toContainText('Restore unsaved changes to second-wave.mission.json from');
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(again.getByText('0 nodes', { exact: true })).toBeVisible();
  await expect.poll(() => windowTitle(app!)).toBe('● second-wave.mission.json - Mission Studio');
});

test('discarding the offer deletes the backup', async () => {
  const userData = makeUserData();
  const first = await launchApp([], { userData });
  app = first;
  const page = await first.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  await page.getByRole('contentinfo', { name: 'Status' }).click();
  await clickMenuItem(first, 'edit.selectAll');
  await clickMenuItem(first, 'edit.delete');
  await expect.poll(() => backupsIn(userData)).toHaveLength(1);
  await killApp(first);
  app = undefined;

  app = await launchApp([], { userData });
  const again = await app.firstWindow();
  await again.getByRole('alertdialog', { name: 'Restore unsaved changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect.poll(() => backupsIn(userData)).toEqual([]);
  await expect(again.getByText(`${SECOND_WAVE.nodeCount} nodes`, { exact: true })).toBeVisible();
});
