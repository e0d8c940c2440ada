import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { buildMission, n, randomMission, type EdgeSpec } from '../test-fixtures';
import { findStatesReachingEndings } from './analyze-graph';
import { exploreGraph } from './explore-graph';
import { StateCodec } from './state-codec';
import { STATE_END, type StateGraph } from './state-graph.types';

function graphOf(mission: Mission): StateGraph {
  const cm = getCompiledMission(mission);
  return exploreGraph(cm, new StateCodec(cm, new Map()), mission.meta.factions, { maxStates: 100_000 });
}

/** The obvious fixpoint: keep adding states with a successor already in the set. */
function reference(g: StateGraph): number[] {
  const reach = Array.from({ length: g.store.count }, (_, s) => g.flags[s] === STATE_END || s >= g.expanded || g.truncated[s] === 1);
  for (let changed = true; changed;) {
    changed = false;
    for (let s = 0; s < g.expanded; s++) {
      if (reach[s]) continue;
      for (let e = g.succStart[s] as number; e < (g.succStart[s + 1] as number); e++) {
        if (reach[g.succ[e] as number]) {
          reach[s] = true;
          changed = true;
          break;
        }
      }
    }
  }
  return reach.map((r) => (r ? 1 : 0));
}

/** Rooms r0..r{k}: `on` walks deeper, `back` walks back, and only r0 has the way out: every way out goes back. */
function corridor(k: number): Mission {
  const nodes = [n.start('s'), n.end('out')];
  const edges: EdgeSpec[] = [['s', 'next', 'r0']];
  for (let i = 0; i <= k; i++) {
    const choices = [{ id: 'on', text: 'On' }, { id: 'back', text: 'Back' }, ...(i === 0 ? [{ id: 'leave', text: 'Leave' }] : [])];
    nodes.push(n.dialog(`r${i}`, choices));
    edges.push([`r${i}`, 'on', `r${Math.min(k, i + 1)}`], [`r${i}`, 'back', `r${Math.max(0, i - 1)}`]);
  }
  edges.push(['r0', 'leave', 'out']);
  return buildMission({ nodes, edges, factions: ['federation'] });
}

describe('findStatesReachingEndings', () => {
  it('finds every state when each way to an ending goes back through many earlier states', () => {
    const g = graphOf(corridor(12));
    expect(Array.from(findStatesReachingEndings(g).slice(0, g.store.count))).toEqual(new Array(g.store.count).fill(1));
  });

  it('agrees with the obvious fixpoint on random missions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 2, max: 10 }), (seed, size) => {
        const g = graphOf(randomMission(seed, size));
        expect(Array.from(findStatesReachingEndings(g))).toEqual(reference(g));
      }),
      { numRuns: 300 },
    );
  });
});
