import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE } from '../support/missions';

const status = (page: Page) => page.getByRole('contentinfo', { name: 'Status' });
const balance = (page: Page) => page.getByRole('dialog', { name: 'Balance' });

for (const viewport of [
  { width: 1600, height: 1000 },
  { width: 1280, height: 720 },
]) {
  test.describe(`the Balance view, at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('opens from the status bar with charts for every fight and the ending odds', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
      // The button comes with the play check's figures (a click waits for it).
      await status(page).getByRole('button', { name: 'Balance…' }).click();
      const view = balance(page);
      await expect(view).toBeVisible();
      const battle = view.getByRole('region', { name: 'Fight: Break the Line', exact: true });
      await expect(battle).toContainText(/Best: Auto-resolve wins \d+%/);
      await expect(battle.getByRole('img', { name: /^Win rate per stance: Attack \d+(\.\d)?%, Defend/ })).toBeVisible();
      await expect(battle.getByRole('img', { name: /^Rounds to finish/ })).toBeVisible();
      await expect(battle.getByRole('img', { name: /^Allies lost per fight: Attack \d\.\d\d/ })).toBeVisible();
      // Five fights in Second Wave, and the endings played in a Worker.
      await expect(view.getByRole('region', { name: /^Fight: / })).toHaveCount(5);
      await expect(
        view
          .getByRole('region', { name: 'Ending odds' })
          .getByRole('img', { name: /^Ending odds over 1,000 random playthroughs.*: .*\d+% \(\d+\)/ }),
      ).toBeVisible();
      await view.getByRole('button', { name: 'Close' }).click();
      await expect(view).toHaveCount(0);
    });

    test("opens at a fight from that fight's inspector", async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
      await page.getByRole('button', { name: 'Find', exact: true }).click();
      // Find selects the first match's node: the fight, by its title.
      await page.getByRole('search').getByRole('textbox', { name: 'Find' }).fill('Skirmish at the Conduit Hatch');
      const inspector = page.getByRole('region', { name: 'Inspector' });
      await inspector.getByRole('button', { name: 'Balance of this fight…' }).click();
      // Opened before the play check is done, the view says so, then shows the figures at that fight.
      const fight = balance(page).getByRole('region', { name: 'Fight: Skirmish at the Conduit Hatch' });
      await expect(fight).toBeInViewport({ timeout: 30_000 });
      await expect(fight).toHaveAttribute('aria-current', 'true');
    });
  });
}
