import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, locateChromium } from './scripts/find-chromium.cjs';

// The browser suite: the built renderer (out/renderer) served by scripts/serve-static.mjs and opened in
// Chromium, where the app runs on its browser host. scripts/e2e.mjs builds first and picks a free port;
// the Electron suite has its own config (playwright.electron.config.ts).
const port = Number(process.env['E2E_PORT'] ?? 4173);
const jsonReport = process.env['E2E_JSON_REPORT'];

export default defineConfig({
  testDir: 'e2e/browser',
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Expectations wait on conditions; the bound is generous because a busy laptop can take a few seconds to
  // start the app (npm run test:under-load checks the suite with every core kept busy).
  expect: { timeout: 10_000 },
  // One page of the app keeps about two cores busy while it starts (its main thread, V8's compile and GC
  // threads, the Monaco and check workers): on a 2-core machine a second Playwright worker bought no time
  // (52 s either way for the same tests) and doubled every test's exposure to a busy machine.
  workers: Number(process.env['E2E_WORKERS'] ?? Math.max(1, Math.floor(availableParallelism() / 2))),
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  outputDir: 'test-results/browser',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    // Playwright cannot download its own browsers here: use the system's Chromium when there is one.
    launchOptions: { executablePath: locateChromium(), args: CHROMIUM_ARGS },
    // A trace of every test costs about a quarter of the suite's time: record one only when asked
    // (E2E_TRACE=1, then `npx playwright show-trace`); a failure always leaves its screenshot.
    trace: process.env['E2E_TRACE'] ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node scripts/serve-static.mjs --port ${port} --strict-port`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
