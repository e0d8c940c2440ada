import { expect, test, type Locator, type Page } from '@playwright/test';
import { secondWaveChoice as choice, secondWaveContinue, secondWaveNode } from '../support/missions';

// The Preview region never scrolls as one: at 1280x720, with the pane at its default size, Play, the dialog's
// choices and a fight's stance buttons are on screen without scrolling anything.
test.use({ viewport: { width: 1280, height: 720 } });

const objective = (nodeId: string): string => secondWaveNode(nodeId).data.text ?? '';
/** The Federation's way from the briefing to the evacuation fight (as in preview.spec.ts). */
const TO_THE_FIGHT = [
  choice('andrews-briefing', 'agree-rounds'),
  secondWaveContinue('promenade-hub'),
  objective('cargo-arrive'),
  choice('kurland-trapped', 'vent-pod'),
  choice('temple-trem', 'reassure-trem'),
  objective('escort-trem'),
  choice('round-skyl', 'skyl-borders'),
  choice('round-karukan', 'karukan-seat'),
  choice('round-surah', 'surah-engineers'),
  choice('round-kurland', 'kurland-patrols'),
  choice('evac-orders', 'fight-through'),
];

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
