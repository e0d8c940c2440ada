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
  workers: 2,
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  outputDir: 'test-results/browser',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    // Playwright cannot download its own browsers here: use the system's Chromium when there is one.
    launchOptions: { executablePath: locateChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/serve-static.mjs --port ${port} --strict-port`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
