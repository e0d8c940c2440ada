// Takes docs/screenshot.png: the built web renderer in headless Chromium, as a person would first see it.
// Run: npm run screenshot
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildIfStale, PROJECT_ROOT } from './build-state.mjs';
import { CHROMIUM_ARGS, findOrInstallChromium } from './find-chromium.cjs';
import { serveFolder } from './serve-static.mjs';
import { findFreePort } from './tools.mjs';

buildIfStale();
const { server, url } = await serveFolder({ root: join(PROJECT_ROOT, 'out/renderer'), port: await findFreePort(), strict: true });
const browser = await chromium.launch({ executablePath: findOrInstallChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, colorScheme: 'dark' });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Problems' }).waitFor();
  // The status bar's play check summary, once the background search has played every path.
  await page
    .getByRole('status', { name: 'Play check' })
    .getByText(/endings reachable/)
    .waitFor();
  // The whole flow, as it opens (fitted): acts wrapped in rows, their titles drawn large (level of detail).
  await page.locator('.act-title').first().waitFor();
  const file = join(PROJECT_ROOT, 'docs/screenshot.png');
  mkdirSync(join(PROJECT_ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
  server.close();
}
