// Takes docs/html-player.png: the playable page `mission-studio export --format html` writes for Second Wave,
// opened from disk in headless Chromium at 1280x720, three rounds into the fight on the Promenade.
// Run: node scripts/screenshot-html-player.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { PROJECT_ROOT } from './build-state.mjs';
import { CHROMIUM_ARGS, findOrInstallChromium } from './find-chromium.cjs';

const nodes = JSON.parse(readFileSync(join(PROJECT_ROOT, 'missions/second-wave.mission.json'), 'utf8')).nodes;
const data = (id) => nodes.find((n) => n.id === id).data;
const choice = (nodeId, choiceId) => data(nodeId).choices.find((c) => c.id === choiceId).text;
// The Federation's way to the evacuation (the e2e test's path), read from the mission so it follows its words.
const PATH = [
  choice('andrews-briefing', 'agree-rounds'),
  data('promenade-hub').continue.label,
  `Done: ${data('cargo-arrive').text}`,
  choice('kurland-trapped', 'vent-pod'),
  choice('temple-trem', 'reassure-trem'),
  `Done: ${data('escort-trem').text}`,
  choice('round-skyl', 'skyl-borders'),
  choice('round-karukan', 'karukan-seat'),
  choice('round-surah', 'surah-engineers'),
  choice('round-kurland', 'kurland-patrols'),
  choice('evac-orders', 'fight-through'),
];

const folder = mkdtempSync(join(tmpdir(), 'mission-studio-html-'));
const browser = await chromium.launch({ executablePath: findOrInstallChromium(), args: CHROMIUM_ARGS });
try {
  const out = join(folder, 'second-wave.html');
  execFileSync(
    process.execPath,
    [join(PROJECT_ROOT, 'cli/bin/mission-studio.js'), 'export', 'missions/second-wave.mission.json', '--format', 'html', '-o', out],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
  await page.goto(pathToFileURL(out).href);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('2');
  await page.getByRole('button', { name: 'Start' }).click();
  for (const label of PATH) await page.getByRole('button', { name: label, exact: true }).click();
  const fight = page.getByRole('region', { name: 'Fight' });
  for (const stance of ['Attack', 'Defend', 'Attack']) await fight.getByRole('button', { name: stance }).click();
  await fight.getByRole('list', { name: 'Round log' }).getByText('Round 3', { exact: false }).waitFor();
  // No hover or focus marks on the buttons in the picture.
  await page.mouse.move(0, 0);
  await page.evaluate(() => globalThis.document.activeElement?.blur());
  const file = join(PROJECT_ROOT, 'docs/html-player.png');
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
