import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  PROJECT_ROOT,
  SECOND_WAVE,
  SECOND_WAVE_TEXT,
  secondWaveChoice,
  secondWaveContinue,
  secondWaveNode,
  secondWaveToConferenceEnd,
  SECOND_WAVE_FEDERATION_TO_FIGHTS,
  type FileNode,
} from '../support/missions';

// The `html` export, as a player meets it: the page the CLI writes, opened from disk in Chromium, no server.
// Labels come from the mission file, so the test follows the mission's own words.
const node = secondWaveNode;
const choice = secondWaveChoice;
const objective = (nodeId: string): string => `Done: ${node(nodeId).data.text ?? ''}`;
const hubContinue = secondWaveContinue;

/** The Federation's way to the evacuation, where the fights begin (the preview's success path, seed 2). */
const TO_THE_FIGHTS = [...secondWaveToConferenceEnd((text) => `Done: ${text}`), ...SECOND_WAVE_FEDERATION_TO_FIGHTS];

const HOSTILE = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">'];

let folder = '';
let secondWavePage = '';
let hostilePage = '';
let translatedPage = '';

const GERMAN = {
  'mission.title': 'Zweite Welle',
  'andrews-briefing.line.1': 'Willkommen an Bord. Karen Andrews, Erster Offizier.',
  'andrews-briefing.agree-rounds.text': 'Wird erledigt. Ich gehe über die Promenade.',
};

/**
 * The page with a German string table added to its runtime file, as a translated mission would carry one: the
 * data block is not part of the CSP hashes, so the page still runs.
 */
function withGerman(pageFile: string, out: string): string {
  const open = '<script type="application/json" id="mission-data">';
  const html = readFileSync(pageFile, 'utf8');
  const from = html.indexOf(open) + open.length;
  const to = html.indexOf('</script>', from);
  const file = JSON.parse(html.slice(from, to)) as { languages: string[]; strings: Record<string, Record<string, string>> };
  file.languages.push('de');
  file.strings['de'] = GERMAN;
  const json = JSON.stringify(file).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(out, html.slice(0, from) + json + html.slice(to));
  return pathToFileURL(out).href;
}

/** Runs `mission-studio export FILE --format html -o OUT` as a person would. */
function exportPage(missionFile: string, out: string): string {
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'cli/bin/mission-studio.js'), 'export', missionFile, '--format', 'html', '-o', out], {
    cwd: PROJECT_ROOT,
    stdio: 'pipe',
  });
  return pathToFileURL(out).href;
}

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'mission-studio-html-'));
  secondWavePage = exportPage('missions/second-wave.mission.json', join(folder, 'second-wave.html'));
  // Second Wave with the Federation's first orders rewritten as markup that would run if it were parsed.
  const mission = JSON.parse(SECOND_WAVE_TEXT) as { nodes: FileNode[] };
  const orders = mission.nodes.find((n) => n.id === 'fed-orders');
  if (!orders?.data.lines) throw new Error('Second Wave has no fed-orders lines');
  orders.data.lines = [...HOSTILE, ...orders.data.lines];
  writeFileSync(join(folder, 'hostile.mission.json'), JSON.stringify(mission, null, 2));
  hostilePage = exportPage(join(folder, 'hostile.mission.json'), join(folder, 'hostile.html'));
  translatedPage = withGerman(join(folder, 'second-wave.html'), join(folder, 'translated.html'));
});

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Opens a page, recording every request it makes and every console error and uncaught exception. */
async function open(page: Page, url: string): Promise<{ requests: string[]; errors: string[] }> {
  const seen = { requests: [] as string[], errors: [] as string[] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  return seen;
}

async function start(page: Page, faction: string, seed: number): Promise<void> {
  await page.getByRole('combobox', { name: 'Faction' }).selectOption(faction);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await page.getByRole('button', { name: 'Start' }).click();
}

async function take(page: Page, labels: string[]): Promise<void> {
  for (const label of labels)
    await page
      .getByRole('group', { name: 'Choices' })
      .or(page.getByRole('region', { name: 'Objective' }))
      .getByRole('button', { name: label, exact: true })
      .click();
}

test.describe('the exported playable page', () => {
  test('plays Second Wave from a file:// URL to its success ending, fights auto-resolved, asking nothing of the network', async ({
    page,
  }) => {
    const seen = await open(page, secondWavePage);
    await start(page, 'federation', 2);
    const transcript = page.getByRole('log', { name: 'Transcript' });
    await expect(transcript).toContainText('Karen Andrews');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
    await take(page, TO_THE_FIGHTS);
    const fight = page.getByRole('region', { name: 'Fight' });
    for (let fights = 0; fights < 2; fights++) {
      await expect(fight.getByRole('progressbar', { name: /hull$/ }).first()).toBeVisible();
      await fight.getByRole('button', { name: 'Auto-resolve the rest' }).click();
      await expect(fight.getByRole('list', { name: 'Round log' })).toContainText(/Round 1 \((attack|defend|evasive)\)/);
      await expect(fight).toContainText(/Victory after \d+ rounds?\./);
      await fight.getByRole('button', { name: 'Continue' }).click();
    }
    const ending = page.getByRole('status');
    await expect(ending).toHaveAttribute('data-outcome', 'success');
    await expect(ending).toContainText(node('end-bajor').data.text ?? '');
    await expect(page.getByRole('button', { name: 'Play again' })).toBeFocused();
    expect(seen.requests).toEqual([secondWavePage]);
    expect(seen.errors).toEqual([]);
  });

  test('shows mission text that looks like markup as those characters, and runs none of it', async ({ page }) => {
    const seen = await open(page, hostilePage);
    await start(page, 'federation', 1);
    const transcript = page.getByRole('log', { name: 'Transcript' });
    for (const text of HOSTILE) await expect(transcript.getByText(text, { exact: true })).toBeVisible();
    await expect(transcript.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(seen.requests).toEqual([hostilePage]);
    expect(seen.errors).toEqual([]);
    // And the page's CSP holds from a file:// URL: a script added later, not the page's own, never runs.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 2';
      document.body.append(script);
      return (globalThis as { __pwned?: unknown }).__pwned;
    });
    expect(ran).toBeUndefined();
  });

  test('steps back to the choices before by keyboard or mouse, the transcript cut back with them, and explains a closed choice', async ({
    page,
  }) => {
    await open(page, secondWavePage);
    await start(page, 'federation', 1);
    const transcript = page.getByRole('log', { name: 'Transcript' });
    const back = page.getByRole('button', { name: 'Step back' });
    await expect(back).toBeDisabled();
    // The keyboard starts on the first choice: Enter takes it.
    await expect(page.getByRole('button', { name: choice('andrews-briefing', 'agree-rounds') })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: hubContinue('promenade-hub') })).toBeVisible();
    await expect(transcript).toContainText(choice('andrews-briefing', 'agree-rounds'));
    await back.click();
    await expect(page.getByRole('button', { name: choice('andrews-briefing', 'agree-rounds') })).toBeFocused();
    await expect(page.getByRole('button', { name: choice('andrews-briefing', 'ask-delay') })).toBeEnabled();
    await expect(transcript).not.toContainText(choice('andrews-briefing', 'agree-rounds'));
    await expect(back).toBeDisabled();
    await take(page, [choice('andrews-briefing', 'agree-rounds'), hubContinue('promenade-hub'), objective('cargo-arrive')]);
    const sealPod = page.getByRole('button', { name: choice('kurland-trapped', 'seal-pod') });
    await expect(sealPod).toBeDisabled();
    await expect(sealPod).toHaveAccessibleDescription('Closed: needs hasStemBolts (hasStemBolts = false)');
  });

  test('fights a round in a stance, the bars and the round log moving, and steps back to before it', async ({ page }) => {
    await open(page, secondWavePage);
    await start(page, 'federation', 2);
    await take(page, TO_THE_FIGHTS);
    const fight = page.getByRole('region', { name: 'Fight' });
    const bars = fight.getByRole('progressbar', { name: /hull$/ });
    const values = () => bars.evaluateAll((all) => all.map((bar) => (bar as HTMLProgressElement).value).join(','));
    const before = await values();
    await expect(fight.getByRole('button', { name: 'Attack' })).toHaveAttribute('title', /damage/);
    await fight.getByRole('button', { name: 'Attack' }).click();
    await expect(fight.getByRole('list', { name: 'Round log' })).toContainText('Round 1 (attack)');
    await expect.poll(values).not.toBe(before);
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect(fight.getByRole('list', { name: 'Round log' })).not.toContainText('Round 1');
    await expect.poll(values).toBe(before);
  });

  test("offers the mission's languages at the start and during play, and shows the run in the one picked", async ({ page }) => {
    const seen = await open(page, translatedPage);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect(page.getByRole('heading', { level: 1, name: GERMAN['mission.title'] })).toBeVisible();
    await start(page, 'federation', 1);
    const transcript = page.getByRole('log', { name: 'Transcript' });
    await expect(transcript).toContainText(GERMAN['andrews-briefing.line.1']);
    await expect(page.getByRole('button', { name: GERMAN['andrews-briefing.agree-rounds.text'] })).toBeVisible();
    // Strings the translation lacks fall back to the source language.
    await expect(page.getByRole('button', { name: choice('andrews-briefing', 'ask-delay') })).toBeVisible();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
    await expect(page.getByRole('button', { name: choice('andrews-briefing', 'agree-rounds') })).toBeVisible();
    await expect(transcript).toContainText(node('andrews-briefing').data.lines?.[0] ?? '');
    await expect(transcript).not.toContainText(GERMAN['andrews-briefing.line.1']);
    expect(seen.errors).toEqual([]);
  });
});
