import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The project root; e2e specs run with Playwright's config folder (the root) as cwd, but do not rely on it. */
export const PROJECT_ROOT = join(__dirname, '..', '..');

/** The reference mission's text, exactly as bundled into the app. */
export const SECOND_WAVE_TEXT = readFileSync(join(PROJECT_ROOT, 'missions/second-wave.mission.json'), 'utf8');

const secondWave = JSON.parse(SECOND_WAVE_TEXT) as { meta: { title: string }; nodes: unknown[] };

/** What the window should show for the reference mission, read from the file rather than hard-coded. */
export const SECOND_WAVE = {
  title: secondWave.meta.title,
  nodeCount: secondWave.nodes.length,
};

/** The reference mission under another title, to tell "opened this file" from "showed the default". */
export function retitledSecondWave(title: string): string {
  const mission = JSON.parse(SECOND_WAVE_TEXT) as { meta: { title: string } };
  mission.meta.title = title;
  return JSON.stringify(mission, null, 2);
}
