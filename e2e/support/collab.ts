// A real `mission-studio serve` for a spec (the built CLI, rooms in a temp --data folder, tokens from
// `mission-studio token`) and the people who join its rooms, each a browser context of their own.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { nodeById, openApp } from './canvas';
import { withoutSavePicker } from './files';
import { PROJECT_ROOT, SECOND_WAVE, SECOND_WAVE_TEXT } from './missions';
import { cuttableLink, type CuttableLink } from './room-wire';

const BIN = join(PROJECT_ROOT, 'cli', 'bin', 'mission-studio.js');

/** A dialog node of the reference mission. */
export interface Dialog {
  id: string;
  title: string;
}

/**
 * `count` dialogs from the middle of the reference mission (drawn mid-canvas, clear of the palette), every other
 * one outwards from the middle: the middle one, two after it, two before it, four after it, …
 */
export function dialogsFromTheMiddle(count: number): Dialog[] {
  const nodes = (JSON.parse(SECOND_WAVE_TEXT) as { nodes: Array<Dialog & { type: string }> }).nodes.filter((n) => n.type === 'dialog');
  const middle = Math.floor(nodes.length / 2);
  return Array.from({ length: count }, (_, i) => {
    const node = nodes[middle + (i % 2 === 1 ? 1 : -1) * 2 * Math.ceil(i / 2)];
    if (!node) throw new Error(`the reference mission has too few dialogs for ${count}`);
    return { id: node.id, title: node.title };
  });
}

/** The status bar's connection (its text is one of renderer/collab/connection-status.ts's labels). */
export const collabStatus = (page: Page) => page.getByRole('status', { name: 'Collaboration' });
/** The Inspector's Title field of the selected node. */
export const inspectorTitle = (page: Page) => page.getByRole('region', { name: 'Inspector' }).getByLabel('Title', { exact: true });

/** Opens File > Collaborate… through the command palette. */
export async function openCollaborate(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('dialog', { name: 'Command Palette' }).getByRole('textbox', { name: 'Command' }).fill('Collaborate');
  await page.getByRole('option', { name: /Collaborate…/ }).click();
  return page.getByRole('dialog', { name: 'Collaborate' });
}

/** Opens Edit > History through the command palette: its list of steps. */
export async function openHistory(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('dialog', { name: 'Command Palette' }).getByRole('textbox', { name: 'Command' }).fill('History');
  await page.getByRole('option', { name: /History…/ }).click();
  return page.getByRole('dialog', { name: 'History' }).getByRole('list', { name: 'History steps' });
}

/** Selects a node on the canvas and replaces its title in the Inspector. */
export async function retitle(page: Page, id: string, title: string): Promise<void> {
  await nodeById(page, id).click();
  await inspectorTitle(page).fill(title);
}

/** How a person joins, beyond the room, token and name. */
export interface JoinOptions {
  /** The status bar's text to wait for once connected ('Connected' unless told). */
  expected?: string;
  /** The server URL to give (a cuttable link's), instead of the server's own. */
  url?: string;
  /** Start from a new mission rather than Second Wave, so what the page shows after joining is the room's. */
  newMission?: boolean;
  /** Called with the person's context before the app opens in it (to route its WebSockets, room-wire.ts). */
  beforeOpen?(context: BrowserContext): Promise<void>;
}

/** The server of a spec, and joining its rooms. */
export interface CollabBed {
  /** `mission-studio token ROOM [--read-only]` against the server's --data. */
  token(room: string, readOnly?: boolean): string;
  /**
   * Opens the app in a context of its own (closed after the test, leaving the room), joins `room` through
   * File > Collaborate… (the command palette) and waits until the status bar reads `expected` (a string), or
   * what the options say.
   */
  join(browser: Browser, room: string, token: string, name: string, expected?: string | JoinOptions): Promise<Page>;
  /** A link to the server that the test can cut (room-wire.ts), closed after the test. */
  link(): Promise<CuttableLink>;
  /** Kills the server at once (SIGKILL: no goodbye to clients, no last store of the rooms). */
  kill(): Promise<void>;
  /** Starts the server again on the same port and --data. */
  restart(): Promise<void>;
}

/** Starts `mission-studio serve` on `port` (0: a free one); resolves once it listens, with the child and its port. */
function startServer(data: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /listening on ws:\/\/localhost:(\d+)/.exec(out);
      if (listening) resolve({ child, port: Number(listening[1]) });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`mission-studio serve exited (${code}):\n${out}`)));
  });
}

/** Ends `child` with `signal` and waits until it has exited. */
async function stopServer(child: ChildProcess | null, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/**
 * Registers the spec's hooks: a server before all its tests (stopped and its folder removed after them), and
 * every context a test opened closed after it. Call once at the top of a spec.
 */
export function useCollabServer(): CollabBed {
  const data = mkdtempSync(join(tmpdir(), 'mission-studio-e2e-rooms-'));
  const contexts: BrowserContext[] = [];
  const links: CuttableLink[] = [];
  let server: ChildProcess | null = null;
  let port = 0;

  test.beforeAll(async () => {
    ({ child: server, port } = await startServer(data, 0));
  });
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await Promise.all(links.splice(0).map((link) => link.close()));
  });
  test.afterAll(async () => {
    await stopServer(server, 'SIGTERM');
    rmSync(data, { recursive: true, force: true });
  });

  return {
    token: (room, readOnly = false) =>
      execFileSync(process.execPath, [BIN, 'token', room, '--data', data, ...(readOnly ? ['--read-only'] : [])], {
        encoding: 'utf8',
      }).trim(),
    async join(browser, room, roomToken, name, how = {}) {
      const options = typeof how === 'string' ? { expected: how } : how;
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      contexts.push(context);
      await options.beforeOpen?.(context);
      const page = await context.newPage();
      // Save is then a download, so a test can read the whole mission a page holds (support/files.ts).
      await withoutSavePicker(page);
      await openApp(page);
      if (options.newMission) {
        await page.getByRole('button', { name: 'New', exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toHaveCount(0);
      }
      const dialog = await openCollaborate(page);
      await dialog.getByLabel('Server URL').fill(options.url ?? `ws://127.0.0.1:${port}`);
      await dialog.getByLabel('Room').fill(room);
      await dialog.getByLabel('Token').fill(roomToken);
      await dialog.getByLabel('Your name').fill(name);
      await dialog.getByRole('button', { name: 'Connect' }).click();
      await expect(collabStatus(page)).toHaveText(options.expected ?? 'Connected');
      await dialog.getByRole('button', { name: 'Close' }).click();
      return page;
    },
    async link() {
      const link = await cuttableLink(port);
      links.push(link);
      return link;
    },
    kill: () => stopServer(server, 'SIGKILL'),
    async restart() {
      ({ child: server } = await startServer(data, port));
    },
  };
}
