// The golden playthroughs of Second Wave (missions/second-wave/*.playthrough.json) replayed on every test run,
// so a behaviour change in the engine or an edit to the mission shows up here with the first difference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { parsePlaythrough } from './parse-playthrough';
import type { Playthrough } from './playthrough.types';
import { replayPlaythrough } from './replay-playthrough';

const missions = join(__dirname, '../../../missions');
const mission = JSON.parse(readFileSync(join(missions, 'second-wave.mission.json'), 'utf8')) as Mission;
const dir = join(missions, 'second-wave');
const goldens = readdirSync(dir)
  .filter((f) => f.endsWith('.playthrough.json'))
  .sort()
  .map((file) => {
    const parsed = parsePlaythrough(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
    return { file, playthrough: parsed.value };
  });

describe('the golden playthroughs of Second Wave', () => {
  for (const { file, playthrough } of goldens) {
    it(`replays ${file} to the same ending, variables and transcript`, () => {
      const verdict = replayPlaythrough(mission, playthrough);
      expect(verdict.ok ? null : verdict.firstDifference).toBeNull();
    });
  }

  it('cover every ending of the mission, each in a file named after it', () => {
    const endings = mission.nodes.filter((n) => n.type === 'end').map((n) => n.id);
    for (const ending of endings) {
      const golden = goldens.find((g) => g.file === `${ending}.playthrough.json`);
      expect(golden?.playthrough.expect.ending, ending).toBe(ending);
    }
  });

  it('include the Klingon opening and a run that fights round by round with stances', () => {
    const all: Playthrough[] = goldens.map((g) => g.playthrough);
    expect(all.some((p) => p.faction === 'klingon')).toBe(true);
    const stances = new Set(all.flatMap((p) => p.inputs.flatMap((i) => (i.kind === 'combat' ? [i.stance] : []))));
    expect(stances.size).toBeGreaterThan(1);
  });
});
