import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { importThrough } from '../support/files';
import { PROJECT_ROOT, SECOND_WAVE } from '../support/missions';

// A short German table, as a translator would send it back: five strings translated, the rest still to do,
// and one row for a string the mission no longer has.
const TABLE = join(PROJECT_ROOT, 'e2e/support/second-wave.de.strings.csv');

const importTable = (page: Page) => importThrough(page, 'Translation…', TABLE);

test.describe('translations', () => {
  test('imports a translated table on Second Wave and plays the preview in its language', async ({ page }) => {
    // Importing, checking every string and replaying the run in two languages: more than one step's worth.
    test.slow();
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
    await importTable(page);

    // Importing German declares it and reports what is left to translate, one row per kind.
    await expect(page.getByRole('status').filter({ hasText: 'Imported second-wave.de.strings.csv: de' })).toBeVisible();
    await expect(page.getByLabel('de translation coverage')).toHaveText(/^de \d+%$/);
    const problems = page.getByRole('region', { name: 'Problems' });
    const missing = problems.getByRole('listitem').filter({ hasText: 'missing-translation' });
    await expect(missing).toContainText('have no de translation');
    await missing.getByRole('button', { name: /^Show \d+ strings$/ }).click();
    await expect(problems.getByRole('list', { name: 'missing-translation details' })).toContainText('arrive-ds9.line.1');
    await expect(problems.getByRole('listitem').filter({ hasText: 'unknown-string-id' })).toContainText(
      '1 row of the de table names no string',
    );

    const pane = page.getByRole('region', { name: 'Preview' });
    await pane.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await pane.getByRole('combobox', { name: 'Faction' }).selectOption('federation');
    await pane.getByRole('button', { name: 'Play', exact: true }).click();
    const transcript = pane.getByRole('log', { name: 'Transcript' });
    await expect(transcript).toContainText('Der Befehl kommt mit Prioritätssiegel.');
    // A line the table lacks plays in English, marked.
    const untranslated = transcript.getByRole('listitem').filter({ hasText: 'Deep Space 9 turns slowly' });
    await expect(untranslated).toContainText('not translated');

    // Back to the source language: the same run, in English, with no marks.
    await pane.getByRole('combobox', { name: 'Language' }).selectOption('en');
    await expect(transcript).toContainText('The orders come in under a priority seal.');
    await expect(transcript).not.toContainText('not translated');
  });
});
