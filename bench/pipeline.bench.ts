// Issue 11's figures: what one edit costs the page, in the built app in headless Chromium, on Second Wave and on a
// generated 1,000-node mission. Two edits a designer makes all day: typing in the Source view (one key at a time,
// at a person's pace) and dragging a node on the canvas. For each: main-thread (UI) time per edit, from Chrome's
// own count of the page's task time, and the time from the key or the drop until the Problems panel describes
// the edited mission (its `data-revision` equals the document's). Baseline in the same run: one plain
// `loadMission` of the same text, in this process.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { loadMission } from '../core/format/load';
import { serializeMission } from '../core/format/serialize';
import { generateMission } from '../core/test-support/generate-mission';
import { buildIfStale, PROJECT_ROOT } from '../scripts/build-state.mjs';
import { figure, heading, measure, ms } from './harness';

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const KEYS = 12;
const DRAG_STEPS = 24;
/** A person types about six keys a second. */
const KEY_GAP_MS = 160;
/** Quiet after an edit's work, before the next: timers such as the backup (1 s) and the play check may run. */
const SETTLE_MS = 600;

/** The page's main-thread task time so far, in ms (Chrome's Performance domain: TaskDuration). */
async function taskTime(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Installs the probe: when the last edit happened (a key or a pointer release), and whether Problems is current. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __editAt: number };
    w.__editAt = 0;
    for (const type of ['keydown', 'pointerup']) document.addEventListener(type, () => (w.__editAt = performance.now()), { capture: true });
  });
}

/** The revision of the document the page shows now. */
const shownRevision = (page: Page) => page.evaluate(() => Number(document.querySelector('main[data-revision]')?.getAttribute('data-revision') ?? -1));

/**
 * Waits until the document has moved past `before` (the edit reached it) and Problems describes that document;
 * returns ms since the last edit (key or pointer release).
 */
async function untilProblemsCurrent(page: Page, before: number): Promise<number> {
  const handle = await page.waitForFunction(
    (previous) => {
      const shown = Number(document.querySelector('main[data-revision]')?.getAttribute('data-revision') ?? -1);
      const checked = Number(document.querySelector('[aria-label="Problems"][data-revision]')?.getAttribute('data-revision') ?? -2);
      return shown > previous && shown === checked ? performance.now() - (window as unknown as { __editAt: number }).__editAt : false;
    },
    before,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The line and column just inside the quotes of the first node's title, in the file's own text. */
function firstNodeTitle(text: string): { line: number; column: number } {
  const at = text.indexOf('"title": "', text.indexOf('"nodes"')) + '"title": "'.length;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

interface EditFigures {
  uiPerEdit: number;
  problemsAfter: number[];
}

/** Types KEYS letters into the first node's title in the Source view. */
async function typeInSource(page: Page, cdp: CDPSession, text: string): Promise<EditFigures> {
  const source = page.getByRole('region', { name: 'Source' });
  await source.locator('.monaco-editor').waitFor({ timeout: 60_000 });
  const { line, column } = firstNodeTitle(text);
  await source.getByRole('textbox', { name: 'Mission source' }).focus();
  await page.keyboard.press('Control+g');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(SETTLE_MS);
  const latencies: number[] = [];
  let busy = 0;
  for (let i = 0; i < KEYS; i++) {
    const before = await taskTime(cdp);
    const revision = await shownRevision(page);
    await page.keyboard.type('x');
    latencies.push(await untilProblemsCurrent(page, revision));
    await page.waitForTimeout(KEY_GAP_MS);
    busy += (await taskTime(cdp)) - before;
  }
  return { uiPerEdit: busy / KEYS, problemsAfter: latencies };
}

/** Drags a node on the canvas across DRAG_STEPS pointer moves, one per frame. */
async function dragNode(page: Page, cdp: CDPSession): Promise<EditFigures> {
  const node = page.locator('.react-flow__node:not(.react-flow__node-group) .node-title').first();
  const box = await node.boundingBox();
  if (!box) throw new Error('no node on screen to drag');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.waitForTimeout(SETTLE_MS);
  const revision = await shownRevision(page);
  const before = await taskTime(cdp);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_STEPS; i++) {
    await page.mouse.move(x + i * 6, y + i * 3);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  await page.mouse.up();
  const after = await untilProblemsCurrent(page, revision);
  await page.waitForTimeout(SETTLE_MS);
  const busy = (await taskTime(cdp)) - before;
  return { uiPerEdit: busy / DRAG_STEPS, problemsAfter: [after] };
}

/** Task time of a quiet page over the same span, to take out what runs with no edit at all. */
async function idleTime(page: Page, cdp: CDPSession, span: number): Promise<number> {
  const before = await taskTime(cdp);
  await page.waitForTimeout(span);
  return (await taskTime(cdp)) - before;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? NaN;

async function benchOne(browser: Browser, url: string, label: string, text: string, withTarget: boolean): Promise<void> {
  const baseline = await measure(() => loadMission(text), { warmup: 3, runs: 10 });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, colorScheme: 'dark' });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.locator('main[data-revision]').waitFor({ timeout: 120_000 });
    await installProbe(page);
    // The play check of the opened mission and Monaco's start are not part of any edit.
    await page.waitForFunction(() => /endings reachable|partial|not checked/.test(document.querySelector('[aria-label="Play check"]')?.textContent ?? ''), null, { timeout: 120_000 }).catch(() => undefined);
    await page.getByRole('region', { name: 'Source' }).locator('.monaco-editor').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS * 2);
    const idle = (await idleTime(page, cdp, KEY_GAP_MS * 8)) / 8;
    const typing = await typeInSource(page, cdp, text);
    const drag = await dragNode(page, cdp);
    figure(`${label}: baseline, one loadMission of the text`, ms(baseline.median));
    figure(`${label}: quiet page, task time per ${KEY_GAP_MS} ms (taken out of the typing figure)`, ms(idle));
    figure(`${label}: typing in Source, UI-thread time per key`, ms(Math.max(0, typing.uiPerEdit - idle)), withTarget ? { text: '<= 8 ms', met: typing.uiPerEdit - idle <= 8 } : undefined);
    figure(`${label}: typing in Source, key -> Problems current, median`, ms(median(typing.problemsAfter)));
    figure(`${label}: typing in Source, key -> Problems current, p95`, ms(p95(typing.problemsAfter)), withTarget ? { text: '<= 50 ms', met: p95(typing.problemsAfter) <= 50 } : undefined);
    figure(`${label}: dragging a node, UI-thread time per move`, ms(drag.uiPerEdit), withTarget ? { text: '<= 8 ms', met: drag.uiPerEdit <= 8 } : undefined);
    figure(`${label}: dragging a node, drop -> Problems current`, ms(drag.problemsAfter[0] ?? NaN), withTarget ? { text: '<= 50 ms', met: (drag.problemsAfter[0] ?? Infinity) <= 50 } : undefined);
  } finally {
    await page.close();
  }
}

/** Runs the edit-pipeline benchmark and prints its figures. */
export async function benchPipeline(): Promise<void> {
  heading('Edit pipeline: one edit, checked once (issue 11)');
  buildIfStale(PROJECT_ROOT, (line) => console.log(`  ${line}`));
  const { serveFolder } = await import('../scripts/serve-static.mjs');
  const app = await serveFolder({ root: join(PROJECT_ROOT, 'out/renderer'), port: 47_600, log: () => undefined });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    console.log(`  load average ${loadavg()[0]?.toFixed(1)}`);
    const secondWave = readFileSync(join(PROJECT_ROOT, 'missions/second-wave.mission.json'), 'utf8');
    await benchOne(browser, app.url, 'Second Wave', secondWave, false);
    await benchOne(browser, `${app.url}?bench=1000`, '1,000 nodes', serializeMission(generateMission({ nodes: 1000 })), true);
  } finally {
    await browser.close();
    app.server.close();
  }
}
