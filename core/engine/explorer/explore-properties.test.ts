/**
 * The explorer checked against the simulator on random small missions: a slow, obviously-right search over
 * simulator states (JSON keys in a Set), random play-throughs, and replays of every witness.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import type { Input } from '../compile/inputs';
import { advance, availableInputs } from '../simulator/advance';
import { replayInputs } from '../simulator/replay-inputs';
import type { RunState } from '../simulator/run-state.types';
import { startRun } from '../simulator/start-run';
import { randomMission, seededRandom } from '../test-fixtures';
import { exploreMission } from './explore-mission';

/** What the explorer keeps of a run state: the node, the variables that matter, once-options, visited flags. */
function keyOf(mission: Mission, s: RunState): string {
  if (s.status === 'ended') return JSON.stringify(['end', s.nodeId]);
  // Kernel errors (dead ends, loops) are one state per node and message; a stuck hub or dialog is an open
  // state with nothing to choose, told apart by its variables like any other.
  if (s.status === 'error' && !s.error?.message.startsWith('soft-lock')) return JSON.stringify(['error', s.nodeId, s.error?.message]);
  const cm = getCompiledMission(mission);
  const vars = cm.slots.map((slot, i) => (cm.slotRelevant[i] !== 1 ? null : slot.readOnly ? s.faction : s.variables[slot.name]));
  const visited = Array.from(cm.trackedNodes, (node) => (s.visits[cm.nodeIds[node] as string] ?? 0) > 0);
  return JSON.stringify([s.nodeId, vars, [...s.usedOnce].sort(), visited]);
}

/** Inputs the explorer branches on: fights are forced either way instead of played. */
function branchInputs(s: RunState): Input[] {
  return availableInputs(s).filter((i) => i.kind !== 'combat' && i.kind !== 'combat-auto');
}

/** Breadth-first search over simulator states from `roots`. */
function referenceSearch(mission: Mission, roots: RunState[]): { states: Map<string, RunState>; nodes: Set<string> } {
  const states = new Map<string, RunState>();
  const nodes = new Set<string>();
  const queue: RunState[] = [];
  const add = (s: RunState): void => {
    // Even a state seen before may have passed through new nodes on its way.
    for (const id of Object.keys(s.visits)) nodes.add(id);
    const key = keyOf(mission, s);
    if (states.has(key)) return;
    states.set(key, s);
    queue.push(s);
  };
  roots.forEach(add);
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i] as RunState;
    for (const input of branchInputs(s)) add(advance(mission, s, input).state);
  }
  return { states, nodes };
}

function starts(mission: Mission): RunState[] {
  return mission.meta.factions.map((faction) => startRun(mission, { faction, seed: 1 }));
}

/** Nodes entered by `walks` random play-throughs of up to `steps` inputs, fights played for real. */
function walkNodes(mission: Mission, seed: number, walks: number, steps: number): Set<string> {
  const pick = seededRandom(seed);
  const nodes = new Set<string>();
  for (let w = 0; w < walks; w++) {
    const faction = mission.meta.factions[w % mission.meta.factions.length] as string;
    let state = startRun(mission, { faction, seed: seed + w });
    for (let step = 0; step < steps && state.status === 'awaiting-input'; step++) {
      const inputs = availableInputs(state);
      state = advance(mission, state, inputs[Math.floor(pick() * inputs.length)] as Input).state;
    }
    for (const id of Object.keys(state.visits)) nodes.add(id);
  }
  return nodes;
}

const missions = fc.tuple(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 9 }));

describe('exploreMission on random missions', () => {
  it('finds exactly the states and nodes a plain search over simulator states finds', () => {
    fc.assert(
      fc.property(missions, ([seed, size]) => {
        const mission = randomMission(seed, size);
        // Every order of one-time detours too: the reference search skips none (explore-reduction.test.ts
        // checks that skipping them finds the same).
        const report = exploreMission(mission, { reduce: false });
        const reference = referenceSearch(mission, starts(mission));
        expect(report.complete).toBe(true);
        expect(report.states).toBe(reference.states.size);
        expect(new Set(report.reachedNodes)).toEqual(reference.nodes);
        const endings = [...reference.states.values()].filter((s) => s.status === 'ended').map((s) => s.nodeId);
        expect(
          report.endings
            .filter((e) => e.reachable)
            .map((e) => e.nodeId)
            .sort(),
        ).toEqual([...new Set(endings)].sort());
      }),
      { numRuns: 120 },
    );
  });

  it('reaches every node that random play-throughs reach', () => {
    fc.assert(
      fc.property(missions, ([seed, size]) => {
        const mission = randomMission(seed, size);
        const reached = new Set(exploreMission(mission).reachedNodes);
        for (const id of walkNodes(mission, seed, 30, 40)) expect(reached).toContain(id);
      }),
      { numRuns: 60 },
    );
  });

  it('reaches no node on tiny missions that long random play-throughs all miss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 5 }), (seed, size) => {
        const mission = randomMission(seed, size);
        expect(walkNodes(mission, seed, 300, 60)).toEqual(new Set(exploreMission(mission).reachedNodes));
      }),
      { numRuns: 40 },
    );
  });

  it('gives witnesses that the simulator follows to each ending, soft-lock and trap', () => {
    fc.assert(
      fc.property(missions, ([seed, size]) => {
        const mission = randomMission(seed, size);
        const report = exploreMission(mission);
        const follow = (faction: string, inputs: Input[]): RunState => {
          const r = replayInputs(mission, { faction, seed: 1 }, inputs);
          expect(r.divergedAt).toBeUndefined();
          return r.state;
        };
        for (const e of report.endings) {
          if (e.witness) expect(follow(e.witness.faction, e.witness.inputs).ending?.nodeId).toBe(e.nodeId);
        }
        for (const lock of report.softLocks) {
          const s = follow(lock.witness.faction, lock.witness.inputs);
          expect([s.status, s.nodeId]).toEqual(['error', lock.nodeId]);
        }
        for (const trap of report.traps) {
          const s = follow(trap.witness.faction, trap.witness.inputs);
          expect([s.status, s.nodeId]).toEqual(['awaiting-input', trap.nodeId]);
          // From there, no sequence of inputs ends the mission.
          const onward = referenceSearch(mission, [s]);
          expect([...onward.states.values()].some((x) => x.status === 'ended')).toBe(false);
        }
      }),
      { numRuns: 120 },
    );
  });
});
