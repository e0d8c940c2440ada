import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PROJECT_ROOT, SECOND_WAVE, SECOND_WAVE_TEXT } from '../support/missions';

interface FileMission {
  meta: { title: string };
  nodes: Array<{ id: string; title: string; position: { x: number; y: number } }>;
  notes?: Array<{ id: string; text: string; position: { x: number; y: number } }>;
}

const NODE = 'arrive-ds9';
const NOTE = 'pacing';

/**
 * A conflicted file as the git merge driver writes it: Second Wave, retitled on both sides, one node retitled and
 * one sticky note reworded on both sides, merged by the real `mission-studio merge` (exit 1: conflicts written).
 */
function conflictedSecondWave(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mission-studio-conflict-'));
  // The base has a sticky note beside the node, which both sides reword.
  const side = (title: string, nodeTitle: string, noteText: string) => {
    const m = JSON.parse(SECOND_WAVE_TEXT) as FileMission;
    const node = m.nodes.find((n) => n.id === NODE)!;
    m.notes = [{ id: NOTE, text: noteText, position: { x: node.position.x, y: node.position.y - 200 } }];
    if (title !== '') m.meta.title = title;
    if (nodeTitle !== '') node.title = nodeTitle;
    return `${JSON.stringify(m, null, 2)}\n`;
  };
  writeFileSync(join(dir, 'base.json'), side('', '', 'The docks run long.'));
  writeFileSync(join(dir, 'ours.json'), side('Second Wave (writer)', 'Docking at DS9', 'Cut the docks scene.'));
  writeFileSync(join(dir, 'theirs.json'), side('Second Wave (lead)', 'The station', 'Keep the docks scene.'));
  const out = join(dir, 'merged.mission.json');
  const run = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'cli/bin/mission-studio.js'), 'merge', 'base.json', 'ours.json', 'theirs.json', '-o', out],
    { cwd: dir, encoding: 'utf8' },
  );
  if (run.status !== 1) throw new Error(`merge exited ${run.status}: ${run.stderr}`);
  return readFileSync(out, 'utf8');
}

// Made once as the spec loads, outside any test's time limit: the command may first rebuild its bundle.
const CONFLICTED = conflictedSecondWave();

const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });
const conflictRow = (page: Page, field: string) =>
  problems(page)
    .getByRole('listitem')
    .filter({ hasText: `merge conflict in ${field}` });

test('a conflicted merge opens with both values in Problems, and Take mine / Take theirs resolve it, undoably', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles({ name: 'merged.mission.json', mimeType: 'application/json', buffer: Buffer.from(CONFLICTED) });
  // Meanwhile the mission holds our side.
  await expect(page.getByRole('heading', { level: 1, name: 'Second Wave (writer)' })).toBeVisible();

  const meta = conflictRow(page, "'meta/title'");
  await expect(meta).toContainText('Mine"Second Wave (writer)"');
  await expect(meta).toContainText('Theirs"Second Wave (lead)"');
  const node = conflictRow(page, `'title' of node '${NODE}'`);
  await expect(node).toContainText('Mine"Docking at DS9"');
  await expect(node).toContainText('Theirs"The station"');

  // A sticky note merges by id and field like a node: both reworded it, so it is a conflict of its own.
  const note = conflictRow(page, `'text' of note '${NOTE}'`);
  await expect(note).toContainText('Mine"Cut the docks scene."');
  await expect(note).toContainText('Theirs"Keep the docks scene."');
  await note.getByRole('button', { name: 'Take theirs' }).click();
  await expect(note).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Graph' }).getByRole('note', { name: /Keep the docks scene/ })).toHaveCount(1);

  await meta.getByRole('button', { name: 'Take theirs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Second Wave (lead)' })).toBeVisible();
  await expect(meta).toHaveCount(0);

  await node.getByRole('button', { name: 'Take mine' }).click();
  await expect(node).toHaveCount(0);
  await expect(problems(page)).not.toContainText('merge-conflict');
  await expect(page.getByRole('region', { name: 'Graph' }).locator(`[data-node-id="${NODE}"]`)).toContainText('Docking at DS9');

  // Each take is one undo step: Undo brings the last conflict back, with its choice.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node.getByRole('button', { name: 'Take theirs' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Second Wave (lead)' })).toBeVisible();
});
