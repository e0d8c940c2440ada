import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { selectNodeAtFit } from '../support/canvas';
import { PROJECT_ROOT, secondWaveChoice, secondWaveContinue, secondWaveNode, secondWaveToConferenceEnd } from '../support/missions';

// Labels come from the mission file, so the test follows the mission's own words.
const node = secondWaveNode;
const choice = secondWaveChoice;
const hubContinue = secondWaveContinue;

/** The way through the station to the conference's end, shared by both factions after their openings. */
const MIDDLE = secondWaveToConferenceEnd((text) => text);
const EVACUATION = [choice('round-kurland', 'kurland-patrols'), choice('evac-orders', 'fight-through')];

function pane(page: Page): Locator {
  return page.getByRole('region', { name: 'Preview' });
}

function choices(page: Page): Locator {
  return pane(page).getByRole('group', { name: 'Choices' });
}

/** Clicks each named button in the Choices group, in order. */
async function take(page: Page, labels: string[]): Promise<void> {
  for (const label of labels) await choices(page).getByRole('button', { name: label, exact: true }).click();
}

async function play(page: Page, faction: string, seed: number): Promise<void> {
  await pane(page).getByRole('combobox', { name: 'Faction' }).selectOption(faction);
  await pane(page).getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await pane(page).getByRole('button', { name: 'Play', exact: true }).click();
}

function ending(page: Page): Locator {
  return pane(page).getByRole('status');
}

// Wide enough that "Fit view" shows every node of Second Wave inside the canvas, so any of them can be clicked.
test.use({ viewport: { width: 1920, height: 1080 } });

test.describe('the preview pane', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
    await expect(pane(page).getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });

  test('plays Second Wave to its success ending as the Federation, fights auto-resolved', async ({ page }) => {
    await play(page, 'federation', 2);
    const transcript = pane(page).getByRole('log', { name: 'Transcript' });
    await expect(transcript).toContainText('Karen Andrews');
    await take(page, [...MIDDLE, choice('round-surah', 'surah-engineers'), ...EVACUATION, 'Auto-resolve the rest']);
    await expect(transcript).toContainText(/Round 1 \((attack|defend|evasive)\)/);
    await take(page, ['Auto-resolve the rest']);
    await expect(ending(page)).toHaveAttribute('data-outcome', 'success');
    await expect(ending(page)).toContainText(node('end-bajor').title);
    await expect(ending(page)).toContainText(/Path: \d+ inputs/);
    await expect(transcript).toContainText('coalition 0 -> 1');
  });

  // The whole Klingon way is played by the engine from the golden playthrough file (the Federation test above
  // clicks its way through): this checks the preview's replay, not the clicking again.
  test('replays the Klingon golden playthrough from its file to the success ending, and says it matches', async ({ page }) => {
    const chooser = page.waitForEvent('filechooser');
    await pane(page).getByRole('button', { name: 'Replay playthrough…' }).click();
    await (await chooser).setFiles(join(PROJECT_ROOT, 'missions/second-wave/klingon-opening.playthrough.json'));
    await expect(pane(page)).toContainText('Replay of klingon-opening.playthrough.json matches: same ending, variables and transcript.');
    await expect(ending(page)).toHaveAttribute('data-outcome', 'success');
    await expect(ending(page)).toContainText(node('end-bajor').title);
    await expect(pane(page).getByRole('log', { name: 'Transcript' })).toContainText(node('achebe-call').title);
  });

  test('steps back and takes another choice (F5 plays, Shift+F5 steps back)', async ({ page }) => {
    await pane(page).getByRole('combobox', { name: 'Faction' }).selectOption('federation');
    await page.keyboard.press('F5');
    await take(page, [choice('andrews-briefing', 'agree-rounds')]);
    await expect(choices(page).getByRole('button', { name: hubContinue('promenade-hub') })).toBeVisible();
    await page.keyboard.press('Shift+F5');
    await expect(choices(page).getByRole('button', { name: choice('andrews-briefing', 'ask-delay') })).toBeVisible();
    await expect(pane(page).getByRole('button', { name: 'Step forward' })).toBeEnabled();
    await take(page, [choice('andrews-briefing', 'ask-delay')]);
    await expect(pane(page).getByRole('log', { name: 'Transcript' })).toContainText(node('andrews-delay').title);
    await expect(pane(page).getByRole('button', { name: 'Step forward' })).toBeDisabled();
    await pane(page).getByRole('button', { name: 'Step back' }).click();
    await expect(pane(page).getByRole('button', { name: 'Step back' })).toBeDisabled();
    await expect(pane(page).getByRole('button', { name: 'Step forward' })).toBeEnabled();
  });

  test('auto-play stops at a breakpoint on the conference', async ({ page }) => {
    await selectNodeAtFit(page, 'conference-open');
    await page.keyboard.press('F9');
    const breakpoints = pane(page).getByRole('region', { name: 'Breakpoints' });
    await pane(page).getByRole('button', { name: 'Play', exact: true }).click();
    await expect(breakpoints).toContainText(node('conference-open').title);
    await pane(page).getByRole('combobox', { name: 'Speed' }).selectOption('instant');
    await pane(page).getByRole('button', { name: 'Auto-play' }).click();
    await expect(pane(page)).toContainText(`Paused at breakpoint: ${node('conference-open').title}`);
    // The conference is narration: the run stops at the first choice after it.
    await expect(choices(page).getByRole('button', { name: choice('round-skyl', 'skyl-borders') })).toBeVisible();
    await expect(pane(page).getByRole('button', { name: 'Auto-play' })).toBeVisible();
  });

  test('plays from here on the space battle and fights round by round', async ({ page }) => {
    await selectNodeAtFit(page, 'space-battle');
    await pane(page).getByRole('button', { name: 'Play from here' }).click();
    const form = pane(page).getByRole('form', { name: 'Play from here' });
    await expect(form).toContainText(`Start at ${node('space-battle').title} as`);
    await expect(form.getByRole('spinbutton', { name: 'coalition' })).toBeVisible();
    await form.getByRole('button', { name: 'Start here' }).click();
    const combat = pane(page).getByRole('region', { name: 'Combat' });
    await expect(combat).toContainText(node('space-battle').title);
    const hull = combat.getByRole('progressbar', { name: /hull$/ });
    const before = await hull.evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-valuenow')).join(','));
    await take(page, ['Attack']);
    await expect(combat.getByRole('list', { name: 'Round log' })).toContainText('Round 1 (attack)');
    await expect.poll(() => hull.evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-valuenow')).join(','))).not.toBe(before);
  });

  test('a forced defeat reaches a failure ending', async ({ page }) => {
    await selectNodeAtFit(page, 'space-battle');
    await pane(page).getByRole('button', { name: 'Play from here' }).click();
    const form = pane(page).getByRole('form', { name: 'Play from here' });
    await expect(form).toContainText(`Start at ${node('space-battle').title} as`);
    await form.getByRole('button', { name: 'Start here' }).click();
    await take(page, ['Force defeat']);
    await expect(ending(page)).toHaveAttribute('data-outcome', 'failure');
    await expect(ending(page)).toContainText(node('end-ship-lost').title);
    await expect(choices(page).getByRole('button')).toHaveCount(0);
  });

  test('analysis mode shows a closed choice, disabled, with the condition that closes it', async ({ page }) => {
    await play(page, 'federation', 1);
    await take(page, MIDDLE.slice(0, 3));
    const sealPod = choices(page).getByRole('button', { name: choice('kurland-trapped', 'seal-pod') });
    await expect(sealPod).toHaveCount(0);
    await pane(page).getByRole('checkbox', { name: 'Analysis mode' }).check();
    await expect(sealPod).toBeDisabled();
    await expect(sealPod).toHaveAccessibleDescription('needs hasStemBolts (hasStemBolts = false)');
    // An override in the watch panel opens it.
    await pane(page).getByRole('region', { name: 'Watch' }).getByRole('checkbox', { name: 'hasStemBolts' }).check();
    await expect(sealPod).toBeEnabled();
  });

  test('an edit in the inspector replays the run on the new mission and keeps its place', async ({ page }) => {
    // The canvas stays put, so the node to edit is where "Fit view" leaves it.
    await pane(page).getByRole('checkbox', { name: 'Follow in graph' }).uncheck();
    await play(page, 'federation', 1);
    await take(page, [choice('andrews-briefing', 'agree-rounds')]);
    await selectNodeAtFit(page, 'andrews-briefing');
    const line = page.getByRole('region', { name: 'Inspector' }).getByLabel('Line 1', { exact: true });
    await line.fill('Andrews looks up from a padd covered in delegate schedules.');
    const transcript = pane(page).getByRole('log', { name: 'Transcript' });
    await expect(transcript).toContainText('Andrews looks up from a padd covered in delegate schedules.');
    await expect(choices(page).getByRole('button', { name: hubContinue('promenade-hub') })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(transcript).not.toContainText('Andrews looks up from a padd');
    await expect(choices(page).getByRole('button', { name: hubContinue('promenade-hub') })).toBeVisible();
  });

  test('the active node highlight on the canvas moves as the run goes', async ({ page }) => {
    const graph = page.getByRole('region', { name: 'Graph' });
    await play(page, 'federation', 1);
    await expect(graph.locator('[data-active="true"]')).toHaveAttribute('data-node-id', 'andrews-briefing');
    await take(page, [choice('andrews-briefing', 'agree-rounds')]);
    await expect(graph.locator('[data-active="true"]')).toHaveAttribute('data-node-id', 'promenade-hub');
    await expect(graph.locator('[data-node-id="andrews-briefing"]')).toHaveAttribute('data-visits', '1');
  });
});
