// Runtime play equals simulator play: the runtime is the simulator behind a game's calls, on any mission.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Input } from '../engine/compile/inputs';
import { canonicalTranscript } from '../engine/playthrough/transcript';
import type { PlayStep } from '../engine/playthrough/playthrough.types';
import { advance } from '../engine/simulator/advance';
import { startRun } from '../engine/simulator/start-run';
import { randomMission } from '../engine/test-fixtures';
import { buildRuntimeFile } from '../export/runtime/export-runtime';
import { createRun } from './create-run';
import { playInputs } from './test-support/play-inputs';

describe('runtime play', () => {
  it('equals simulator play on random missions, seeds and inputs: same steps, variables and transcript', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (missionSeed, size, seed, picks) => {
          const mission = randomMission(missionSeed, size);
          // The simulator's own run, choosing among what it offers.
          let state = startRun(mission, { faction: 'federation', seed });
          const steps: PlayStep[] = [{ input: null, events: state.events }];
          const inputs: Input[] = [];
          for (const pick of picks) {
            if (state.status !== 'awaiting-input' || state.available.length === 0) break;
            const input = state.available[pick % state.available.length]?.input as Input;
            const result = advance(mission, state, input);
            inputs.push(input);
            steps.push({ input, events: result.events });
            state = result.state;
          }
          // The same inputs through the runtime's calls, on the exported file read back from JSON.
          const file = JSON.parse(JSON.stringify(buildRuntimeFile(mission))) as ReturnType<typeof buildRuntimeFile>;
          const run = createRun(file, { faction: 'federation', seed });
          const runtimeSteps = playInputs(run, inputs);
          const reached = run.engineState();
          expect(reached.status).toBe(state.status);
          expect(reached.nodeId).toBe(state.nodeId);
          expect(reached.variables).toEqual(state.variables);
          expect(reached.visits).toEqual(state.visits);
          expect(reached.usedOnce).toEqual(state.usedOnce);
          expect(canonicalTranscript(mission, runtimeSteps)).toBe(canonicalTranscript(mission, steps));
          const kinds = { ended: ['end'], error: ['error'], 'awaiting-input': ['choice', 'objective', 'combat'] }[state.status];
          expect(kinds).toContain(run.step.kind);
        },
      ),
      { numRuns: 200 },
    );
  });
});
