import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { selectNodeAtFit } from '../support/canvas';
import { importThrough } from '../support/files';
import { PROJECT_ROOT, SECOND_WAVE } from '../support/missions';

const FIXTURES = join(PROJECT_ROOT, 'core/interop/twine/fixtures');
// A short German table for Second Wave's fights: the Promenade's units and one objective, nothing else.
const FIGHTS_TABLE = join(PROJECT_ROOT, 'e2e/support/second-wave-fights.de.strings.csv');
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

/** Import > Twine story… with one of the Twine fixtures. */
const importFile = (page: Page, file: string) => importThrough(page, 'Twine story…', join(FIXTURES, file));

test.describe('Twine stories, node tags and languages', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  });

  test('an archive with several stories asks which to import, listing them by name', async ({ page }) => {
    await importFile(page, 'archive-harlowe-and-sugarcube.html');
    const picker = page.getByRole('dialog', { name: 'Choose a story' });
    await expect(picker).toContainText('archive-harlowe-and-sugarcube.html holds 2 Twine stories');
    const stories = picker.getByRole('group', { name: 'Stories' });
    await expect(stories.getByRole('radio')).toHaveCount(2);
    await expect(stories.getByRole('radio', { name: 'Untitled Story 6' })).toBeChecked();
    await stories.getByRole('radio', { name: 'Untitled Story', exact: true }).check();
    await picker.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Untitled Story(?! 6)/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'one of 2 stories in the file' })).toBeVisible();
  });

  test("a passage's tags come in with it and are edited in the Node tab", async ({ page }) => {
    await importFile(page, 'sugarcube-example.twee');
    await expect(page.getByRole('heading', { level: 1, name: /twineExample/ })).toBeVisible();
    await page.getByRole('region', { name: 'Graph' }).locator('[data-node-id="start"]').click();
    const tags = inspector(page).getByLabel('Tags', { exact: true });
    await expect(tags).toHaveValue('tag tags');
    await tags.fill('tag tags act1');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
    await tags.blur();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(tags).toHaveValue('tag tags');
  });

  test('the Mission tab lists the languages, source first, and adds and removes one', async ({ page }) => {
    const form = inspector(page);
    await form.getByRole('tab', { name: 'Mission' }).click();
    const list = form.getByRole('list', { name: 'Mission languages' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem').first()).toContainText('English');
    await expect(list.getByRole('listitem').first()).toContainText('source language');

    const add = form.getByLabel('Add language');
    await add.fill('German');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(form.getByRole('group', { name: 'Languages' })).toContainText('is not a language tag');
    await add.fill('de');
    await add.press('Enter');
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').nth(1)).toContainText('German');
    await expect(page.getByLabel('de translation coverage')).toBeVisible();

    await form.getByRole('button', { name: 'Remove language de' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByLabel('de translation coverage')).toHaveCount(0);
  });

  test('the preview shows objectives and unit names in the picked language', async ({ page }) => {
    // Two runs started from nodes of the graph, one with a round of fighting: more than one step's worth.
    test.slow();
    await importThrough(page, 'Translation…', FIGHTS_TABLE);
    await expect(page.getByLabel('de translation coverage')).toBeVisible();
    // The import's notice floats over the top of the canvas, where the nodes clicked below are: read, then dismissed.
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    const pane = page.getByRole('region', { name: 'Preview' });
    await pane.getByRole('combobox', { name: 'Language' }).selectOption('de');

    const startAt = async (nodeId: string) => {
      await selectNodeAtFit(page, nodeId);
      await pane.getByRole('button', { name: 'Play from here' }).click();
      await pane.getByRole('form', { name: 'Play from here' }).getByRole('button', { name: 'Start here' }).click();
    };

    await startAt('promenade-fight');
    const combat = pane.getByRole('region', { name: 'Combat' });
    await expect(combat.getByRole('progressbar', { name: /^Sicherheitsoffizier der Station( \d+)? hull$/ }).first()).toBeVisible();
    await expect(combat.getByRole('progressbar', { name: /^Gamma-Jem'Hadar-Soldat \d+ hull$/ }).first()).toBeVisible();
    await pane.getByRole('group', { name: 'Choices' }).getByRole('button', { name: 'Attack', exact: true }).click();
    await expect(combat.getByRole('list', { name: 'Round log' })).toContainText("Gamma-Jem'Hadar-");
    await expect(combat).not.toContainText("Gamma Jem'Hadar Soldier");

    await startAt('sneak-conduits');
    await expect(pane.getByRole('log', { name: 'Transcript' })).toContainText(
      'Objective: Führen Sie die Delegierten durch die Wartungsschächte zum Andockring',
    );
    await expect(pane.getByRole('region', { name: 'Objectives' })).toContainText('Führen Sie die Delegierten');
    await expect(pane.getByRole('group', { name: 'Choices' })).toContainText('Führen Sie die Delegierten');
  });
});
