// Issue 5's figures. Live editing: replaying a 200-input preview run on an edited 1,000-node mission (the edit
// makes a new mission object, so the engine compiles it again, as in the app). Beside it, the engine's own
// replayInputs on the same inputs (no intermediate states kept). Then, in the built app in headless Chromium
// with the same generated mission open (`?bench=1000`), the time from a click on a choice to the next paint.
import { availableParallelism, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { replayInputs, type Input } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import { generateMission } from '@mission-studio/core/test-support';
import { runAutoPlay } from '../renderer/preview/auto-play';
import { replaySession, startSession } from '../renderer/preview/run-session';
import { buildIfStale, PROJECT_ROOT } from '../scripts/build-state.mjs';
import { figure, heading, measure, ms } from './harness';

const NODES = 1_000;
const INPUTS = 200;
const CLICKS = 40;
/** A person reads the new lines before the next click; the canvas's follow animation (300 ms) ends meanwhile. */
const PAUSE_MS = 1000;
const PROBE_SOURCE = readFileSync(join(PROJECT_ROOT, 'bench/renderer/page-probe.js'), 'utf8');
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A copy of the mission with one line reworded: a new object, as every editor edit makes. */
function edited(mission: Mission, n: number): Mission {
  return {
    ...mission,
    nodes: mission.nodes.map((node, i) =>
      i === 3 && node.type === 'dialog' ? { ...node, data: { ...node.data, lines: [`Reworded ${n}.`] } } : node,
    ),
  };
}

async function benchReplay(): Promise<void> {
  const mission = generateMission({ nodes: NODES });
  const options = { faction: mission.meta.factions[0] ?? 'any', seed: 1 };
  const played = runAutoPlay(mission, startSession(mission, options), { policy: 'first', breakpoints: new Set(), maxSteps: INPUTS });
  const session = played.session;
  if (session.actions.length !== INPUTS) throw new Error(`the run took ${session.actions.length} inputs, not ${INPUTS}`);
  const inputs = session.actions.map((a) => (a.kind === 'input' ? a.input : null)).filter((i): i is Input => i !== null);
  const copies = Array.from({ length: 40 }, (_, i) => edited(mission, i));
  let next = 0;
  // Fixed samples of the same work: the smallest is the cost on a quiet core, the rest shows the machine's load.
  const replay = await measure(() => replaySession(copies[next++ % copies.length] as Mission, session), { warmup: 5, runs: 30 });
  const engineOnly = await measure(() => replayInputs(copies[next++ % copies.length] as Mission, options, inputs), { warmup: 5, runs: 30 });
  const label = `${mission.nodes.length} nodes, ${INPUTS} inputs`;
  figure(`${label}: replay after an edit (every state kept), min`, ms(replay.min));
  figure(`${label}: replay after an edit (every state kept), median`, ms(replay.median));
  figure(`${label}: replay after an edit, p95`, ms(replay.p95), { text: '<= 50 ms', met: replay.p95 <= 50 });
  figure(`${label}: engine replayInputs alone (final state only), median`, ms(engineOnly.median));
}

/** In the page: time from each click in the Choices group to the frame after the DOM changed. */
function installClickProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { __clickSamples: number[] }).__clickSamples = samples;
    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target instanceof Element) || !event.target.closest('[role="group"][aria-label="Choices"]')) return;
        const start = event.timeStamp;
        // The frame's callbacks run just before it paints; a message posted from there lands right after the paint.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
}

/** Median and p95 of click -> paint over `CLICKS` clicks on the open page, with "Follow in graph" as given. */
async function clickToPaint(browser: Browser, url: string, follow: boolean, expectedNodes: number): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, colorScheme: 'dark' });
  try {
    // The renderer bench's probe says when the canvas has drawn its nodes (all, or those in view).
    await page.addInitScript({ content: `window.__benchExpectedNodes = ${expectedNodes};\n${PROBE_SOURCE}` });
    await page.goto(url);
    const pane = page.getByRole('region', { name: 'Preview' });
    await page.waitForFunction(() => (window as unknown as { __benchProbe: { painted(): boolean } }).__benchProbe.painted(), null, {
      timeout: 120_000,
    });
    if (!follow) await pane.getByRole('checkbox', { name: 'Follow in graph' }).uncheck();
    await pane.getByRole('button', { name: 'Play', exact: true }).click();
    await installClickProbe(page);
    // Plain CSS queries, and one click per painted frame: Playwright's role queries walk all 1,000 nodes on the
    // page's main thread and would be timed as if the app had done that work.
    const buttons = page.locator('[role="group"][aria-label="Choices"] button:enabled');
    for (let i = 0; i < CLICKS; i++) {
      const auto = buttons.filter({ hasText: 'Auto-resolve' });
      await ((await auto.count()) > 0 ? auto : buttons.first()).click();
      await page.waitForFunction((n) => (window as unknown as { __clickSamples: number[] }).__clickSamples.length >= n, i + 1);
      await page.waitForTimeout(PAUSE_MS);
    }
    const samples = await page.evaluate(() => (window as unknown as { __clickSamples: number[] }).__clickSamples);
    return [...samples].sort((a, b) => a - b);
  } finally {
    await page.close();
  }
}

async function benchClickToPaint(): Promise<void> {
  buildIfStale(PROJECT_ROOT, (line) => console.log(`  ${line}`));
  const { serveFolder } = await import('../scripts/serve-static.mjs');
  const app = await serveFolder({ root: join(PROJECT_ROOT, 'out/renderer'), port: 47_500, log: () => undefined });
  const expectedNodes = generateMission({ nodes: NODES }).nodes.length;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    for (const follow of [true, false]) {
      const sorted = await clickToPaint(browser, `${app.url}?bench=${NODES}`, follow, expectedNodes);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
      const label = `${NODES} nodes open, Follow in graph ${follow ? 'on' : 'off'}: click on a choice -> next paint`;
      figure(`${label}, median (${sorted.length} clicks)`, ms(at(0.5)));
      figure(`${label}, p95`, ms(at(0.95)), { text: '<= 50 ms', met: at(0.95) <= 50 });
    }
  } finally {
    await browser.close();
    app.server.close();
  }
}

/** Runs the preview benchmark and prints its figures. */
export async function benchPreview(): Promise<void> {
  heading('Preview (issue 5)');
  figure('load average of the machine (1 min) / cores', `${loadavg()[0]?.toFixed(1)} / ${availableParallelism()}`);
  await benchReplay();
  await benchClickToPaint();
}
