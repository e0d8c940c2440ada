import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  SECOND_WAVE_FEDERATION_TO_FIGHTS,
  secondWaveChoice as choice,
  secondWaveNode,
  secondWaveToConferenceEnd,
} from '../support/missions';

// The Preview region never scrolls as one: at 1280x720, with the pane at its default size, Play, the dialog's
// choices and a fight's stance buttons are on screen without scrolling anything.
test.use({ viewport: { width: 1280, height: 720 } });

/** The Federation's way from the briefing to the evacuation fight. */
const TO_THE_FIGHT = [...secondWaveToConferenceEnd((text) => text), ...SECOND_WAVE_FEDERATION_TO_FIGHTS];

const pane = (page: Page): Locator => page.getByRole('region', { name: 'Preview' });
const choices = (page: Page): Locator => pane(page).getByRole('group', { name: 'Choices' });

/** The pane's own scroll offset: 0 while nothing has pushed the controls or the choices out of sight. */
const paneScrollTop = (page: Page): Promise<number> => pane(page).evaluate((el) => el.scrollTop);

test('at 1280x720 the dialog choices and the fight stances are in view, with Play, and the pane is not scrolled', async ({ page }) => {
  await page.goto('./');
  await pane(page).getByRole('combobox', { name: 'Faction' }).selectOption('federation');
  await pane(page).getByRole('button', { name: 'Play', exact: true }).click();

  const first = choices(page).getByRole('button', { name: choice('andrews-briefing', 'agree-rounds') });
  await expect(first).toBeInViewport();
  await expect(choices(page).getByRole('button', { name: choice('andrews-briefing', 'ask-delay') })).toBeInViewport();
  expect(await paneScrollTop(page)).toBe(0);

  for (const label of TO_THE_FIGHT) await choices(page).getByRole('button', { name: label, exact: true }).click();
  const combat = pane(page).getByRole('region', { name: 'Combat' });
  await expect(combat).toBeVisible();
  for (const stance of ['Attack', 'Defend', 'Evasive'])
    await expect(choices(page).getByRole('button', { name: stance, exact: true })).toBeInViewport();
  await expect(combat.getByRole('progressbar', { name: /hull$/ }).first()).toBeInViewport();
  await expect(pane(page).getByRole('button', { name: 'Play', exact: true })).toBeInViewport();
  await expect(pane(page).getByRole('button', { name: 'Restart' })).toBeInViewport();
  expect(await paneScrollTop(page)).toBe(0);
  // Nothing for the pane to scroll: its content fits, and the transcript scrolls on its own.
  expect(await pane(page).evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);

  // The fight reads as a story: each stance says what it does, and a round is told shot by shot.
  await expect(choices(page).getByRole('button', { name: 'Defend', exact: true })).toHaveAttribute('title', /take less damage/);
  await expect(choices(page).getByRole('button', { name: 'Auto-resolve the rest', exact: true })).toHaveAttribute(
    'title',
    /fight the rest of the fight on its own/,
  );
  await choices(page).getByRole('button', { name: 'Attack', exact: true }).click();
  await expect(combat.getByRole('list', { name: 'Round log' })).toContainText(/ (hits .+ for \d+ (hull|shields)|misses )/);
  await expect(choices(page).getByRole('button', { name: 'Defend', exact: true })).toBeInViewport();
  expect(await paneScrollTop(page)).toBe(0);
});

test('at 1280x720 a big fight (5 ships against 7) shows every unit fighting now, with the stances, and nothing scrolls', async ({
  page,
}) => {
  await page.goto('./');
  const problems = page.getByRole('region', { name: 'Problems' });
  const problemsHeight = async () => (await problems.boundingBox())?.height ?? 0;
  const before = await problemsHeight();
  await page.getByRole('button', { name: 'Outline' }).click();
  await page
    .getByRole('navigation', { name: 'Outline' })
    .getByRole('button', { name: secondWaveNode('space-battle-pincer').title })
    .click();
  await pane(page).getByRole('button', { name: 'Play from here' }).click();
  await pane(page).getByRole('form', { name: 'Play from here' }).getByRole('button', { name: 'Start here' }).click();
  const combat = pane(page).getByRole('region', { name: 'Combat' });
  await expect(combat).toContainText(secondWaveNode('space-battle-pincer').title);
  await choices(page).getByRole('button', { name: 'Attack', exact: true }).click();
  await expect(combat.getByRole('list', { name: 'Round log' })).toBeVisible();

  // All five allies fight from the start, each with its hull bar on screen; the later waves wait on one line.
  const allies = combat.getByRole('list', { name: 'Allies fighting' });
  await expect(allies.getByRole('progressbar', { name: /hull$/ })).toHaveCount(5);
  for (const bar of await combat.getByRole('progressbar').all()) await expect(bar).toBeInViewport({ ratio: 1 });
  await expect(combat.getByText(/^Waiting \(\d+\): /)).toBeInViewport();
  for (const stance of ['Attack', 'Defend', 'Evasive'])
    await expect(choices(page).getByRole('button', { name: stance, exact: true })).toBeInViewport();
  expect(await paneScrollTop(page)).toBe(0);
  // The units' part of the fight does not scroll: the panel below gave way for it.
  const sides = combat.locator('.combat-sides');
  const sidesBox = await sides.boundingBox();
  const combatBox = await combat.boundingBox();
  expect(sidesBox!.y + sidesBox!.height).toBeLessThanOrEqual(combatBox!.y + combatBox!.height);
  expect(await problemsHeight()).toBeLessThan(before);

  // Every bar's numbers sit inside the bar (the first enemy's "66/120" once ran past it).
  for (const bar of await combat.getByRole('progressbar').all()) {
    const outer = (await bar.boundingBox())!;
    const numbers = (await bar.locator('.bar-text > span').last().boundingBox())!;
    expect(numbers.x + numbers.width).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
    expect(outer.x + outer.width).toBeLessThanOrEqual(combatBox!.x + combatBox!.width);
  }

  // When the fight ends, the panel below gets its size back.
  await choices(page).getByRole('button', { name: 'Force victory', exact: true }).click();
  await expect(combat).toHaveCount(0);
  await expect.poll(problemsHeight).toBeCloseTo(before, 0);
});
