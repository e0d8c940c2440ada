import { defineConfig } from '@playwright/test';

// The Electron suite: launches the built app (out/main) with Playwright's _electron. Its specs skip, saying
// why, when Electron's binary is missing (see scripts/find-electron.mjs). One worker: the app is single-instance.
const jsonReport = process.env['E2E_JSON_REPORT'];

export default defineConfig({
  testDir: 'e2e/electron',
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 1,
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  outputDir: 'test-results/electron',
  use: { trace: 'retain-on-failure' },
});
