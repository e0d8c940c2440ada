import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { advance } from '../simulator/advance';
import { replayInputs } from '../simulator/replay-inputs';
import { startRun } from '../simulator/start-run';
import type { RunEvent } from '../simulator/run-state.types';
import { factionMission, flagsAndCounterMission, flawedMission, randomMission, tourMission } from '../test-fixtures';
import type { Witness } from './explore-report.types';
import { exploreMission } from './explore-mission';
import { witnessFor } from './witness-for';

/** The events of the step the witness says enters the node: its last input, or the opening run. */
function lastStepEvents(mission: Mission, witness: Witness): RunEvent[] {
  const options = { faction: witness.faction, seed: 1 };
  if (witness.inputs.length === 0) return startRun(mission, options).events;
  const before = replayInputs(mission, options, witness.inputs.slice(0, -1));
  expect(before.divergedAt).toBeUndefined();
  return advance(mission, before.state, witness.inputs[witness.inputs.length - 1]!).events;
}

const enters = (events: RunEvent[], nodeId: string) => events.some((e) => e.type === 'enter-node' && e.nodeId === nodeId);

describe('witnessFor', () => {
  it('gives no inputs for a node the opening run passes through', () => {
    const found = witnessFor(tourMission(), 'tension');
    expect(found).toEqual({ witness: { faction: 'federation', inputs: [] }, complete: true, states: expect.any(Number) });
  });

  it('ends with the input whose step enters the node, even a node the run passes through', () => {
    const mission = tourMission();
    const found = witnessFor(mission, 'found');
    expect(found.witness?.inputs).toEqual([
      { kind: 'choice', nodeId: 'talk', choiceId: 'ask' },
      { kind: 'hub', nodeId: 'market', optionId: 'rumour' },
    ]);
    expect(enters(lastStepEvents(mission, found.witness!), 'found')).toBe(true);
  });

  it('reports null, with a complete search, for a node no run enters', () => {
    const mission = flawedMission();
    expect(witnessFor(mission, 'hideout')).toMatchObject({ witness: null, complete: true });
    expect(witnessFor(mission, 'no-such-node')).toMatchObject({ witness: null, complete: true });
  });

  it('says the search is incomplete when it stops at the state cap first', () => {
    const mission = flagsAndCounterMission();
    const last = mission.nodes.find((node) => node.type === 'end')!;
    const found = witnessFor(mission, last.id, { maxStates: 3 });
    expect(found.complete).toBe(false);
    expect(found.witness).toBeNull();
  });

  it('starts only from the factions it is given', () => {
    const mission = factionMission();
    for (const faction of mission.meta.factions) {
      for (const id of exploreMission(mission, { factions: [faction] }).reachedNodes) {
        expect(witnessFor(mission, id, { factions: [faction] }).witness?.faction).toBe(faction);
      }
    }
  });

  it("is as short as the explorer's witness for every ending", () => {
    const mission = tourMission();
    for (const ending of exploreMission(mission).endings.filter((e) => e.reachable)) {
      expect(witnessFor(mission, ending.nodeId).witness?.inputs.length).toBe(ending.witness?.inputs.length);
    }
  });

  it('finds a replayable witness for exactly the nodes the explorer reaches, on random missions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const mission = randomMission(seed);
        const reached = new Set(exploreMission(mission).reachedNodes);
        for (const node of mission.nodes) {
          const { witness } = witnessFor(mission, node.id);
          expect(witness !== null).toBe(reached.has(node.id));
          if (witness) expect(enters(lastStepEvents(mission, witness), node.id)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
