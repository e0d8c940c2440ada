// Mission -> runtime -> play gives the same transcript as the editor's simulator, for every golden playthrough.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlaythrough } from '../engine/playthrough/parse-playthrough';
import { transcriptHash } from '../engine/playthrough/transcript';
import { buildRuntimeFile } from '../export/runtime/export-runtime';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { createRun, loadRuntime } from './create-run';
import { playInputs } from './test-support/play-inputs';

const mission = loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;
// Through JSON text, as a game would load it.
const file = loadRuntime(JSON.stringify(buildRuntimeFile(mission)));
const dir = 'missions/second-wave';

describe('the runtime on the golden playthroughs of Second Wave', () => {
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.playthrough.json'))
    .sort()) {
    it(`plays ${name} through the runtime's calls to the same ending, variables and transcript hash`, () => {
      const parsed = parsePlaythrough(readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.message);
      const golden = parsed.value;
      const run = createRun(file, { faction: golden.faction, seed: golden.seed });
      const steps = playInputs(run, golden.inputs);
      const step = run.step;
      expect(step.kind).toBe('end');
      expect(step.nodeId).toBe(golden.expect.ending);
      expect(step.kind === 'end' && step.outcome).toBe(golden.expect.outcome);
      for (const [variable, value] of Object.entries(golden.expect.variables)) expect(run.variables[variable], variable).toEqual(value);
      expect(transcriptHash(mission, steps)).toBe(golden.expect.transcriptHash);
    });
  }
});
