// The end-to-end suites. The browser suite serves out/renderer and drives Chromium; the Electron suite
// launches the built app, and its tests skip (saying why) where Electron's binary is missing.
// Run: npm run test:e2e [-- --browser | --electron] [-- <playwright args>]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-state.mjs';
import { findOrInstallChromium } from './find-chromium.cjs';
import { ELECTRON_HINT, findElectron } from './find-electron.cjs';
import { findFreePort, runTool } from './tools.mjs';

/** Each suite's Playwright config. */
export const SUITES = {
  browser: { label: 'browser host, Chromium', config: 'playwright.config.ts' },
  electron: { label: 'Electron', config: 'playwright.electron.config.ts' },
};

/** Why the Electron suite will skip, or null when Electron's binary is there. */
export function electronSkipReason() {
  const found = findElectron();
  return found.path ? null : `Electron's binary is missing (${found.missing}): ${ELECTRON_HINT}`;
}

/**
 * Runs one suite against the current out/ (build first). Resolves to Playwright's exit code.
 * `jsonReport` is a file for Playwright's JSON reporter; `extraArgs` go to `playwright test`.
 */
export async function runSuite(kind, { jsonReport, extraArgs = [] } = {}) {
  const env = {};
  if (jsonReport) env.E2E_JSON_REPORT = jsonReport;
  if (kind === 'browser') {
    const chromium = findOrInstallChromium();
    if (chromium) env.PLAYWRIGHT_CHROMIUM_PATH = chromium;
    env.E2E_PORT = String(await findFreePort());
  } else {
    const reason = electronSkipReason();
    if (reason) console.log(`Skipping the Electron suite's tests: ${reason}`);
  }
  return runTool('playwright', ['test', '--config', SUITES[kind].config, ...extraArgs], { env });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const only = args.includes('--browser') ? ['browser'] : args.includes('--electron') ? ['electron'] : null;
  // `npm run test:e2e -- --browser -- FILE` hands on a bare `--`, after which Playwright would drop the file filter.
  const extraArgs = args.filter((arg) => arg !== '--browser' && arg !== '--electron' && arg !== '--');
  try {
    buildIfStale();
    let failed = false;
    for (const kind of only ?? ['browser', 'electron']) {
      console.log(`\n== E2E: ${SUITES[kind].label} ==`);
      if ((await runSuite(kind, { extraArgs })) !== 0) failed = true;
    }
    process.exit(failed ? 1 : 0);
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
