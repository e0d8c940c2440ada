// Issue 11's figures: what one edit costs the page, in the built app in headless Chromium, on Second Wave and on a
// generated 1,000-node mission. Two edits a designer makes all day: typing in the Source view (one key at a time,
// at a person's pace) and dragging a node on the canvas (one edit, at the drop). For each:
// - the pipeline's own UI-thread work per edit: taking the edit in and applying the worker's answer, from its
//   User Timing measures (renderer/pipeline/pipeline-timing.ts); the target is on this;
// - the time from the key or the drop until the Problems panel describes the edited document (its
//   `data-revision` equals the document's);
// - all the page's main-thread time per key, per drop and per pointer move, from Chrome's own count of task
//   time less what a quiet page spends over the same span: that includes the views drawing the change.
//
// Baselines in the same run: one plain `loadMission` of the same text, in this process; the source view's
// Monaco alone on a page with the same text, typed into the same way (what a key costs the editor itself, which
// no pipeline can save); and a bare React Flow with default nodes dragged the same way (what a pointer move
// costs the canvas library).
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { loadMission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import { generateMission } from '@mission-studio/core/test-support';
import { buildIfStale, PROJECT_ROOT } from '../scripts/build-state.mjs';
import { figure, heading, measure, ms } from './harness';
import { buildBaseline } from './renderer/build-baseline';

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Keys measured: 40, so the p95 is the 38th of them, not simply the slowest key (as it was with 12). */
const KEYS = 40;
/** Keys typed first and not counted: the first keys of a session run code the browser has not compiled yet. */
const WARMUP_KEYS = 3;
const DRAG_STEPS = 24;
/** Drags measured in the app (after one not counted); their drops' figures are medians. */
const DRAGS = 5;
/** A person types about six keys a second. */
const KEY_GAP_MS = 160;
/** Quiet after an edit's work, before the next: timers such as the backup (1 s) and the play check may run. */
const SETTLE_MS = 600;
const VIEWPORT = { width: 1600, height: 1000 };

/** The page's main-thread task time so far, in ms (Chrome's Performance domain: TaskDuration). */
async function taskTime(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** A page with Chrome's task-time count on, and a clock for what a quiet moment of it costs. */
async function openPage(browser: Browser, url: string, ready: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'dark' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  return { page, cdp };
}

/** Task time of a quiet page per ms, to take out of every figure what runs with no edit at all. */
async function idleRate(page: Page, cdp: CDPSession): Promise<number> {
  const span = 1500;
  const before = await taskTime(cdp);
  await page.waitForTimeout(span);
  return ((await taskTime(cdp)) - before) / span;
}

/** Task time over `work`, less the quiet page's share of the same span. */
async function busyDuring(page: Page, cdp: CDPSession, idle: number, work: () => Promise<void>): Promise<number> {
  const before = await taskTime(cdp);
  const start = Date.now();
  await work();
  const elapsed = Date.now() - start;
  return Math.max(0, (await taskTime(cdp)) - before - idle * elapsed);
}

/**
 * Installs the app's probe: when the last edit happened (a key or a pointer release), and when Problems last
 * became current, recorded by a MutationObserver (cheap, and no polling of the page while it works).
 */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __editAt: number; __currentAt: number; __currentRevision: number };
    w.__editAt = 0;
    w.__currentAt = 0;
    w.__currentRevision = -1;
    for (const type of ['keydown', 'pointerup']) document.addEventListener(type, () => (w.__editAt = performance.now()), { capture: true });
    const check = () => {
      const shown = Number(document.querySelector('main[data-revision]')?.getAttribute('data-revision') ?? -1);
      const checked = Number(document.querySelector('[aria-label="Problems"][data-revision]')?.getAttribute('data-revision') ?? -2);
      if (shown === checked && shown !== w.__currentRevision) {
        w.__currentRevision = shown;
        w.__currentAt = performance.now();
      }
    };
    new MutationObserver(check).observe(document.body, { attributes: true, attributeFilter: ['data-revision'], subtree: true });
    // The pipeline's own UI-thread work: its User Timing measures (renderer/pipeline/pipeline-timing.ts).
    const p = window as unknown as { __pipelineMs: number };
    p.__pipelineMs = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name.startsWith('pipeline:')) p.__pipelineMs += entry.duration;
    }).observe({ type: 'measure' });
  });
}

/** The pipeline's own UI-thread time so far, in ms (its User Timing measures). */
const pipelineTime = (page: Page) => page.evaluate(() => (window as unknown as { __pipelineMs: number }).__pipelineMs);

/** The revision of the document the page shows now. */
const shownRevision = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('main[data-revision]')?.getAttribute('data-revision') ?? -1));

/** Waits until Problems describes a document past revision `before`; returns ms from the last edit to that moment. */
async function untilProblemsCurrent(page: Page, before: number): Promise<number> {
  const handle = await page.waitForFunction(
    (previous) => {
      const w = window as unknown as { __editAt: number; __currentAt: number; __currentRevision: number };
      return w.__currentRevision > previous ? w.__currentAt - w.__editAt : false;
    },
    before,
    { polling: 20, timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The line and column just inside the quotes of the first node's title, in the file's own text. */
function firstNodeTitle(text: string): { line: number; column: number } {
  const at = text.indexOf('"title": "', text.indexOf('"nodes"')) + '"title": "'.length;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Puts Monaco's cursor inside the first node's title (Ctrl+G, as a person would). */
async function goToFirstTitle(page: Page, text: string): Promise<void> {
  const { line, column } = firstNodeTitle(text);
  await page.getByRole('textbox', { name: 'Mission source' }).focus();
  await page.keyboard.press('Control+g');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * Types WARMUP_KEYS then KEYS letters at a person's pace; returns UI time per key and, in the app, the pipeline's
 * own share of it and key -> Problems current.
 */
async function typeKeys(
  page: Page,
  cdp: CDPSession,
  idle: number,
  inApp: boolean,
): Promise<{ perKey: number; pipelinePerKey: number; latencies: number[] }> {
  const latencies: number[] = [];
  let busy = 0;
  let pipelineBefore = 0;
  for (let i = 0; i < WARMUP_KEYS + KEYS; i++) {
    if (inApp && i === WARMUP_KEYS) pipelineBefore = await pipelineTime(page);
    const spent = await busyDuring(page, cdp, idle, async () => {
      const revision = inApp ? await shownRevision(page) : 0;
      await page.keyboard.type('x');
      const latency = inApp ? await untilProblemsCurrent(page, revision) : 0;
      if (i >= WARMUP_KEYS) latencies.push(latency);
      await page.waitForTimeout(KEY_GAP_MS);
    });
    if (i >= WARMUP_KEYS) busy += spent;
  }
  const pipelinePerKey = inApp ? ((await pipelineTime(page)) - pipelineBefore) / KEYS : 0;
  return { perKey: busy / KEYS, pipelinePerKey, latencies };
}

/**
 * Drags the node nearest the canvas's centre across DRAG_STEPS pointer moves, one per frame; returns UI time per
 * move. Near the centre, so the drag never reaches the canvas's edge (where React Flow pans on every frame).
 */
async function dragMoves(page: Page, cdp: CDPSession, idle: number, node: string): Promise<number> {
  const point = await page.evaluate((selector) => {
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!canvas) return null;
    const cx = canvas.x + canvas.width / 2;
    const cy = canvas.y + canvas.height / 2;
    const centres = [...document.querySelectorAll(selector)].map((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    return centres.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy))[0] ?? null;
  }, node);
  if (!point) throw new Error('no node on screen to drag');
  const { x, y } = point;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // The first move starts the drag (and, in the app, selects the node): not a move of the drag itself.
  await page.mouse.move(x + 6, y + 3);
  await page.waitForTimeout(SETTLE_MS);
  const busy = await busyDuring(page, cdp, idle, async () => {
    for (let i = 2; i <= DRAG_STEPS + 1; i++) {
      await page.mouse.move(x + i * 6, y + i * 3);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
  });
  return busy / DRAG_STEPS;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? NaN;

interface Urls {
  app: string;
  editor: string;
  canvas: string;
}

interface AppFigures {
  typing: { perKey: number; pipelinePerKey: number; latencies: number[] };
  perMove: number;
  dropUi: number;
  dropPipeline: number;
  dropToProblems: number;
  source: { width: number; height: number };
  canvas: { width: number; height: number };
}

/** Types and drags in the app. */
async function measureApp(browser: Browser, url: string, text: string): Promise<AppFigures> {
  const { page, cdp } = await openPage(browser, url, 'main[data-revision]');
  try {
    await installProbe(page);
    // The play check of the opened mission and Monaco's start are not part of any edit.
    await page
      .waitForFunction(
        () => /endings reachable|partial|not checked/.test(document.querySelector('[aria-label="Play check"]')?.textContent ?? ''),
        null,
        { timeout: 120_000 },
      )
      .catch(() => undefined);
    const editor = page.getByRole('region', { name: 'Source' }).locator('.monaco-editor');
    await editor.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS * 2);
    const idle = await idleRate(page, cdp);
    const sourceBox = await editor.boundingBox();
    const canvasBox = await page.locator('.react-flow').boundingBox();
    await goToFirstTitle(page, text);
    const typing = await typeKeys(page, cdp, idle, true);
    await page.waitForTimeout(SETTLE_MS);
    // One drag first, not counted (its code runs for the first time); then DRAGS counted, each dropped.
    const moves: number[] = [];
    const drops: number[] = [];
    const dropPipeline: number[] = [];
    const toProblems: number[] = [];
    for (let i = 0; i <= DRAGS; i++) {
      // The node's box, not its title: zoomed out, a node is a chip or a bar without its title row.
      const perMove = await dragMoves(page, cdp, idle, '.react-flow__node:not(.react-flow__node-group) .mission-node');
      const revision = await shownRevision(page);
      const pipelineBefore = await pipelineTime(page);
      let latency = NaN;
      const dropUi = await busyDuring(page, cdp, idle, async () => {
        await page.mouse.up();
        latency = await untilProblemsCurrent(page, revision);
        await page.waitForTimeout(SETTLE_MS);
      });
      if (i === 0) continue;
      moves.push(perMove);
      drops.push(dropUi);
      dropPipeline.push((await pipelineTime(page)) - pipelineBefore);
      toProblems.push(latency);
    }
    const size = (box: { width: number; height: number } | null) => ({
      width: Math.round(box?.width ?? 1000),
      height: Math.round(box?.height ?? 600),
    });
    return {
      typing,
      perMove: median(moves),
      dropUi: median(drops),
      dropPipeline: median(dropPipeline),
      dropToProblems: median(toProblems),
      source: size(sourceBox),
      canvas: size(canvasBox),
    };
  } finally {
    await page.close();
  }
}

/** Types into the editor alone, holding the same text in a box of the source view's size. */
async function measureEditorAlone(browser: Browser, url: string, text: string): Promise<number> {
  const { page, cdp } = await openPage(browser, url, '.monaco-editor');
  try {
    await page.waitForTimeout(SETTLE_MS * 2);
    const idle = await idleRate(page, cdp);
    await goToFirstTitle(page, text);
    return (await typeKeys(page, cdp, idle, false)).perKey;
  } finally {
    await page.close();
  }
}

/** Drags a node of a bare React Flow canvas of the app's canvas size. */
async function measureCanvasAlone(browser: Browser, url: string): Promise<number> {
  const { page, cdp } = await openPage(browser, url, '.react-flow__node');
  try {
    await page.waitForTimeout(SETTLE_MS * 2);
    const idle = await idleRate(page, cdp);
    const perMove = await dragMoves(page, cdp, idle, '.react-flow__node');
    await page.mouse.up();
    return perMove;
  } finally {
    await page.close();
  }
}

async function benchOne(browser: Browser, urls: Urls, query: string, label: string, text: string, withTarget: boolean): Promise<void> {
  const baseline = await measure(() => loadMission(text), { warmup: 3, runs: 10 });
  const app = await measureApp(browser, `${urls.app}${query}`, text);
  const sized = (size: { width: number; height: number }) => `${query ? `${query}&` : '?'}w=${size.width}&h=${size.height}`;
  const editorAlone = await measureEditorAlone(browser, `${urls.editor}${sized(app.source)}`, text);
  // The app draws only the nodes in view on big missions (graph-canvas.tsx); so does this bare canvas then.
  const canvasAlone = await measureCanvasAlone(browser, `${urls.canvas}${sized(app.canvas)}${query ? '&visible=1' : ''}`);
  const target = (text: string, met: boolean) => (withTarget ? { text, met } : undefined);
  const { typing } = app;
  figure(`${label}: baseline, one loadMission of the text`, ms(baseline.median));
  figure(
    `${label}: typing, the pipeline's UI-thread work per key`,
    ms(typing.pipelinePerKey),
    target('<= 8 ms', typing.pipelinePerKey <= 8),
  );
  figure(`${label}: typing, key -> Problems current, median`, ms(median(typing.latencies)));
  figure(`${label}: typing, key -> Problems current, p95`, ms(p95(typing.latencies)), target('<= 50 ms', p95(typing.latencies) <= 50));
  figure(`${label}: typing, all UI-thread time per key (views drawing too)`, ms(typing.perKey));
  figure(`${label}:   the editor alone (Monaco, same text), per key`, ms(editorAlone));
  figure(`${label}: drag, the drop's edit: the pipeline's UI-thread work`, ms(app.dropPipeline), target('<= 8 ms', app.dropPipeline <= 8));
  figure(`${label}: drag, drop -> Problems current (median)`, ms(app.dropToProblems), target('<= 50 ms', app.dropToProblems <= 50));
  figure(`${label}: drag, the drop: all UI-thread time (views drawing too)`, ms(app.dropUi));
  figure(`${label}: drag, UI-thread time per pointer move`, ms(app.perMove));
  figure(`${label}:   bare React Flow (default nodes), per move`, ms(canvasAlone));
}

/** Runs the edit-pipeline benchmark and prints its figures. */
export async function benchPipeline(): Promise<void> {
  heading('Edit pipeline: one edit, checked once (issue 11)');
  // BENCH_RENDERER_DIR measures a saved build instead (one from before a change), as the renderer suite does.
  const appDir = process.env['BENCH_RENDERER_DIR'] ?? join(PROJECT_ROOT, 'out/renderer');
  if (!process.env['BENCH_RENDERER_DIR']) buildIfStale(PROJECT_ROOT, (line) => console.log(`  ${line}`));
  const [editorDir, canvasDir] = [await buildBaseline('monaco-baseline'), await buildBaseline('baseline')];
  const { serveFolder } = await import('../scripts/serve-static.mjs');
  const quiet = () => undefined;
  const app = await serveFolder({ root: appDir, port: 47_600, log: quiet });
  const editor = await serveFolder({ root: editorDir, port: 47_610, log: quiet });
  const canvas = await serveFolder({ root: canvasDir, port: 47_620, log: quiet });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    console.log(`  load average ${loadavg()[0]?.toFixed(1)}`);
    const urls = { app: app.url, editor: editor.url, canvas: canvas.url };
    const secondWave = readFileSync(join(PROJECT_ROOT, 'missions/second-wave.mission.json'), 'utf8');
    await benchOne(browser, urls, '', 'Second Wave', secondWave, false);
    await benchOne(browser, urls, '?bench=1000', '1,000 nodes', serializeMission(generateMission({ nodes: 1000 })), true);
  } finally {
    await browser.close();
    for (const server of [app, editor, canvas]) server.server.close();
    for (const dir of [editorDir, canvasDir]) rmSync(dir, { recursive: true, force: true });
  }
}
