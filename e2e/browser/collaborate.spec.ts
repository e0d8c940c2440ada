// Live co-editing through a real `mission-studio serve` (the built CLI, on a free port, rooms in a temp folder):
// two browser contexts, each its own person, in one room. Tokens come from `mission-studio token`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { nodeById, openApp } from '../support/canvas';
import { PROJECT_ROOT, SECOND_WAVE_TEXT } from '../support/missions';

const BIN = join(PROJECT_ROOT, 'cli', 'bin', 'mission-studio.js');
const data = mkdtempSync(join(tmpdir(), 'mission-studio-e2e-rooms-'));
let server: ChildProcess | null = null;
let serverUrl = '';
/** The people of the running test, each a browser context, closed after it (leaving their rooms). */
const contexts: BrowserContext[] = [];

interface Dialog {
  id: string;
  title: string;
}

/** Three dialogs from the middle of the reference mission (drawn mid-canvas, clear of the palette). */
const [shared, kirasNode, odosNode] = ((): [Dialog, Dialog, Dialog] => {
  const nodes = (JSON.parse(SECOND_WAVE_TEXT) as { nodes: Array<Dialog & { type: string }> }).nodes.filter((n) => n.type === 'dialog');
  const middle = Math.floor(nodes.length / 2);
  const [a, b, c] = [nodes[middle], nodes[middle + 2], nodes[middle - 2]];
  if (!a || !b || !c) throw new Error('the reference mission has too few dialogs');
  return [a, b, c];
})();

test.beforeAll(async () => {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  serverUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /listening on ws:\/\/localhost:(\d+)/.exec(out);
      if (listening) resolve(`ws://127.0.0.1:${listening[1]}`);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`mission-studio serve exited (${code}):\n${out}`)));
  });
});

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

test.afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(data, { recursive: true, force: true });
});

/** A token for `room` from the command, as a person would make one. */
const token = (room: string, readOnly = false): string =>
  execFileSync(process.execPath, [BIN, 'token', room, '--data', data, ...(readOnly ? ['--read-only'] : [])], { encoding: 'utf8' }).trim();

const status = (page: Page) => page.getByRole('status', { name: 'Collaboration' });
const inspectorTitle = (page: Page) => page.getByRole('region', { name: 'Inspector' }).getByLabel('Title', { exact: true });

/** Opens the app in a context of its own and joins `room` through File > Collaborate… (the command palette). */
async function joinRoom(browser: Browser, room: string, roomToken: string, name: string, expected = 'Connected'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await openApp(page);
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('dialog', { name: 'Command Palette' }).getByRole('textbox', { name: 'Command' }).fill('Collaborate');
  await page.getByRole('option', { name: /Collaborate…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Collaborate' });
  await dialog.getByLabel('Server URL').fill(serverUrl);
  await dialog.getByLabel('Room').fill(room);
  await dialog.getByLabel('Token').fill(roomToken);
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(status(page)).toHaveText(expected);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return page;
}

async function retitle(page: Page, id: string, title: string): Promise<void> {
  await nodeById(page, id).click();
  await inspectorTitle(page).fill(title);
}

test.describe('collaborating live', () => {
  // Each test opens the app twice (two people): twice the start-up of one page on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  test('two people editing one room converge, and each sees where the other is', async ({ browser }) => {
    const room = 'converge';
    const kira = await joinRoom(browser, room, token(room), 'Kira');
    const odo = await joinRoom(browser, room, token(room), 'Odo');
    await expect(kira.getByRole('list', { name: 'People here' })).toContainText('Odo');

    // The same node's title, from both sides, then a different node each.
    await retitle(kira, shared.id, `${shared.title} (Kira)`);
    await retitle(odo, shared.id, `${shared.title} (Odo)`);
    await retitle(kira, kirasNode.id, 'Kira was here');
    await retitle(odo, odosNode.id, 'Odo was here');

    for (const page of [kira, odo]) {
      await expect(nodeById(page, kirasNode.id)).toContainText('Kira was here');
      await expect(nodeById(page, odosNode.id)).toContainText('Odo was here');
    }
    // Both show the same title for the node both typed in (whatever the merge made of it).
    await expect
      .poll(async () => (await nodeById(kira, shared.id).textContent()) === (await nodeById(odo, shared.id).textContent()))
      .toBe(true);
    await expect(nodeById(kira, shared.id)).toContainText(shared.title);

    // Odo has his node selected: Kira's canvas rings it with his name.
    await expect(nodeById(kira, odosNode.id).getByRole('img', { name: 'Selected by Odo' })).toBeVisible();
    await expect(nodeById(odo, kirasNode.id).getByRole('img', { name: 'Selected by Kira' })).toBeVisible();
    await expect(status(kira)).toHaveText('Connected');

    // Undo takes back only Kira's own last edit, and names it.
    await expect(kira.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-description', 'Edit Node');
    await kira.getByRole('button', { name: 'Undo' }).click();
    await expect(nodeById(odo, kirasNode.id)).toContainText(kirasNode.title);
    await expect(nodeById(kira, odosNode.id)).toContainText('Odo was here');
  });

  test('a read-only person sees the edits live but cannot edit', async ({ browser }) => {
    const room = 'read-only';
    const kira = await joinRoom(browser, room, token(room), 'Kira');
    const nog = await joinRoom(browser, room, token(room, true), 'Nog', 'Read-only');
    await nodeById(nog, shared.id).click();
    await expect(inspectorTitle(nog)).toBeDisabled();
    await retitle(kira, shared.id, 'Kira edits, Nog watches');
    await expect(nodeById(nog, shared.id)).toContainText('Kira edits, Nog watches');
    await expect(inspectorTitle(nog)).toHaveValue('Kira edits, Nog watches');
  });
});
