// Section 5's renderer figures (and issue 12's at 5,000 nodes): generated 1,000- and 5,000-node missions in the
// built app (out/renderer, opened with the benchmark-only `?bench=N` flag) in headless Chromium: time until every node is painted, and frame times
// while panning with mouse drags. Baseline in the same run: the same graph in a bare React Flow with its default
// nodes (bench/renderer/baseline), in a canvas of the app's size; and, for reference, that baseline drawing
// only the nodes in view (onlyRenderVisibleElements).
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { generateMission } from '@mission-studio/core/test-support';
import { buildIfStale, PROJECT_ROOT } from '../scripts/build-state.mjs';
import { figure, heading, ms } from './harness';
import { buildBaseline } from './renderer/build-baseline';

/** Mission sizes, the runs of each, and the targets there (issue 12 asks 5,000 nodes to open within 1.5 s). */
const SIZES = [
  { nodes: 1_000, runs: 5, openTarget: 1000 },
  { nodes: 5_000, runs: 3, openTarget: 1500 },
];
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1600, height: 1000 };
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/**
 * requestAnimationFrame timestamps jitter by a few tenths of a millisecond around the display's interval, so a
 * pan that never misses a frame still shows gaps of 16.8 ms (bare React Flow drawing a screenful does too).
 * A gap counts as one frame up to this much over 16.7 ms.
 */
const JITTER_MS = 0.5;

interface RunFigures {
  fromOpen: number;
  fromNavigation: number;
  frameGaps: number[];
  canvas: { width: number; height: number };
}

/** What bench/renderer/page-probe.js puts on `window` (the probe is plain JavaScript run in the page). */
interface Probe {
  painted(): boolean;
  firstPaint(): { fromOpen: number; fromNavigation: number } | null;
  panePoint(): { x: number; y: number } | null;
  record(on: boolean): number[];
}
type ProbeWindow = Window & { __benchProbe: Probe };
const PROBE_SOURCE = readFileSync(join(PROJECT_ROOT, 'bench/renderer/page-probe.js'), 'utf8');

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

/** Drags the empty canvas left and right, one pointer move per frame, as a person panning would. */
async function pan(page: Page): Promise<void> {
  const start = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.panePoint());
  if (!start) throw new Error('no empty spot on the canvas to start a pan from');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const direction of [-1, 1, -1, 1]) {
    for (let i = 1; i <= 45; i++) {
      await page.mouse.move(start.x + direction * (i - 22.5) * 8, start.y + Math.sin(i / 7) * 30);
      await nextFrame(page);
    }
  }
  await page.mouse.up();
}

async function measureOnce(browser: Browser, url: string, expectedNodes: number): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'dark' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: `window.__benchExpectedNodes = ${expectedNodes};\n${PROBE_SOURCE}` });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchProbe.painted(), null, { timeout: 120_000 });
    const paint = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.firstPaint());
    if (!paint) throw new Error(`${url}: no bench:open mark`);
    const box = await page.locator('.react-flow').first().boundingBox();
    // Let the opening fit-view animation, validation and idle work finish, so the pan measures panning alone.
    await page.waitForTimeout(1500);
    await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.record(true));
    await pan(page);
    const frameGaps = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.record(false));
    return { ...paint, frameGaps, canvas: { width: Math.round(box?.width ?? 1000), height: Math.round(box?.height ?? 600) } };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};

/** The figures of one variant over its runs. */
function summarize(runs: RunFigures[]) {
  const gaps = runs.flatMap((r) => r.frameGaps);
  return {
    fromOpen: median(runs.map((r) => r.fromOpen)),
    fromNavigation: median(runs.map((r) => r.fromNavigation)),
    p95: percentile(gaps, 0.95),
    longFrames: gaps.filter((g) => g > FRAME_MS * 1.5).length / Math.max(1, gaps.length),
    frames: gaps.length,
  };
}

/** Runs the renderer benchmark and prints its figures. */
export async function benchRenderer(): Promise<void> {
  // BENCH_RENDERER_DIR measures a saved build instead (say, one from before a change), without rebuilding.
  const appDir = process.env['BENCH_RENDERER_DIR'] ?? join(PROJECT_ROOT, 'out/renderer');
  if (!process.env['BENCH_RENDERER_DIR']) buildIfStale(PROJECT_ROOT, (line) => console.log(`  ${line}`));
  const baselineDir = await buildBaseline();
  const quiet = () => undefined;
  // A dynamic import: serve-static.mjs is an ES module with top-level await, which tsx cannot require().
  const { serveFolder } = await import('../scripts/serve-static.mjs');
  // Preferred ports; another free one when taken (another run on the same machine).
  const app = await serveFolder({ root: appDir, port: 47_300, log: quiet });
  const bare = await serveFolder({ root: baselineDir, port: 47_400, log: quiet });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    for (const size of SIZES) await benchSize(browser, app.url, bare.url, size);
  } finally {
    await browser.close();
    app.server.close();
    bare.server.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

/** The figures at one mission size: the app and the bare React Flow baseline, interleaved. */
async function benchSize(
  browser: Browser,
  appBase: string,
  bareBase: string,
  { nodes: NODES, runs: RUNS, openTarget }: (typeof SIZES)[number],
): Promise<void> {
  heading(`Renderer: ${NODES.toLocaleString('en')}-node mission in headless Chromium (section 5, issue 12)`);
  const expectedNodes = generateMission({ nodes: NODES }).nodes.length;
  const loadAtStart = loadavg()[0]?.toFixed(1);
  // Runs alternate between the app and the baseline, so a change in machine load hits both alike.
  const appUrl = `${appBase}?bench=${NODES}`;
  const first = await measureOnce(browser, appUrl, expectedNodes);
  const { width, height } = first.canvas;
  const bareUrl = `${bareBase}?bench=${NODES}&w=${width}&h=${height}`;
  const appRuns = [first];
  const bareRuns: RunFigures[] = [];
  const visibleRuns: RunFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    bareRuns.push(await measureOnce(browser, bareUrl, expectedNodes));
    // For reference: the baseline drawing only the nodes in view (React Flow's onlyRenderVisibleElements).
    visibleRuns.push(await measureOnce(browser, `${bareUrl}&visible=1`, expectedNodes));
    if (appRuns.length < RUNS) appRuns.push(await measureOnce(browser, appUrl, expectedNodes));
  }
  const custom = summarize(appRuns);
  const plain = summarize(bareRuns);
  const visible = summarize(visibleRuns);
  const load = loadavg()[0]?.toFixed(1);
  console.log(
    `  ${expectedNodes} nodes; canvas ${width}x${height} px; ${RUNS} runs each, interleaved; load average ${loadAtStart} -> ${load}`,
  );
  const paintRatio = custom.fromOpen / plain.fromOpen;
  const frameRatio = custom.p95 / plain.p95;
  figure(`app: open -> all nodes painted (median)`, ms(custom.fromOpen), {
    text: `<= ${openTarget} ms`,
    met: custom.fromOpen <= openTarget,
  });
  figure(`app: page load -> all nodes painted`, ms(custom.fromNavigation));
  figure(`baseline (default nodes): open -> painted`, ms(plain.fromOpen));
  figure(`baseline: page load -> painted`, ms(plain.fromNavigation));
  figure(`first paint: app / baseline`, `${paintRatio.toFixed(2)}x`, { text: '<= 1.5x', met: paintRatio <= 1.5 });
  figure(`app: frame time while panning, p95 (${custom.frames} frames)`, ms(custom.p95), {
    text: `<= 16.7 ms, one frame (+${JITTER_MS} ms timer jitter)`,
    met: custom.p95 <= FRAME_MS + JITTER_MS,
  });
  figure(`app: frames over 25 ms while panning`, `${(custom.longFrames * 100).toFixed(1)} %`);
  figure(`baseline: frame time while panning, p95`, ms(plain.p95));
  figure(`baseline: frames over 25 ms while panning`, `${(plain.longFrames * 100).toFixed(1)} %`);
  figure(`ref. baseline, only nodes in view: open -> painted`, ms(visible.fromOpen));
  figure(`ref. baseline, only nodes in view: pan p95`, ms(visible.p95));
  figure(`pan p95: app / baseline`, `${frameRatio.toFixed(2)}x`, { text: '<= 1.5x', met: frameRatio <= 1.5 });
}
