import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { buildMission, flagsAndCounterMission, n, randomMission, type EdgeSpec } from '../test-fixtures';
import { exploreGraph } from './explore-graph';
import { StateCodec } from './state-codec';
import type { StateGraph } from './state-graph.types';

/** Everything a search found, as plain arrays cut to the states found (the typed arrays have spare room). */
function searchWith(mission: Mission, memo: boolean): Record<string, unknown> {
  const cm = getCompiledMission(mission);
  const graph: StateGraph = exploreGraph(cm, new StateCodec(cm, new Map()), mission.meta.factions, { maxStates: 200_000, memo });
  const n = graph.store.count;
  return {
    states: Array.from(graph.store.data.subarray(0, n * graph.store.words)),
    flags: Array.from(graph.flags.subarray(0, n)),
    parent: Array.from(graph.parent.subarray(0, n)),
    parentPort: Array.from(graph.parentPort.subarray(0, n)),
    succStart: Array.from(graph.succStart.subarray(0, graph.expanded + 1)),
    succ: Array.from(graph.succ.subarray(0, graph.transitions)),
    truncated: Array.from(graph.truncated.subarray(0, n)),
    messages: [...graph.messages],
    entered: Array.from(graph.entered),
    portEnabled: Array.from(graph.portEnabled),
    incomplete: graph.incomplete,
    overflowSlot: graph.overflowSlot,
  };
}

describe('exploreGraph', () => {
  it('finds the same graph with memoized kernel calls as with the kernel alone, on random missions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 3, max: 14 }), (seed, size) => {
        const mission = randomMission(seed, size);
        expect(searchWith(mission, true)).toEqual(searchWith(mission, false));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same graph with and without the memo on a mission of flags and a counter', () => {
    const mission = flagsAndCounterMission(5, 40, 4, 3);
    const memoized = searchWith(mission, true);
    expect((memoized['states'] as number[]).length).toBeGreaterThan(500);
    expect(memoized).toEqual(searchWith(mission, false));
  });

  it('finds the same graph with and without the memo at a hub with more options than the memo has bits for', () => {
    // 40 options: the memo keeps a node's open ports in one 31-bit set, so this hub goes through the kernel,
    // while the small lobby between its visits goes through the memo, in the same search.
    const options = Array.from({ length: 40 }, (_, k) => ({ id: `o${k}`, label: `Option ${k}`, condition: `count < ${20 + (k % 5)}` }));
    const edges: EdgeSpec[] = [
      ['start', 'next', 'hub'],
      ['hub', 'continue', 'done'],
      ['lobby', 'back', 'hub'],
      ['lobby', 'continue', 'done'],
    ];
    const nodes = [
      n.start('start'),
      n.hub('hub', options),
      n.hub('lobby', [{ id: 'back', label: 'Back', condition: 'count < 22' }]),
      n.end('done'),
    ];
    options.forEach((o, k) => {
      nodes.push(n.set(`add${k}`, [`count += ${1 + (k % 3)}`]));
      edges.push(['hub', o.id, `add${k}`], [`add${k}`, 'next', k % 2 === 0 ? 'hub' : 'lobby']);
    });
    const mission = buildMission({ nodes, edges, variables: [{ id: 'count', type: 'number', initial: 0 }], factions: ['federation'] });
    const memoized = searchWith(mission, true);
    expect((memoized['states'] as number[]).length).toBeGreaterThan(20);
    expect(memoized).toEqual(searchWith(mission, false));
  });

  it('finds the same graph with and without the memo on Second Wave', () => {
    const text = readFileSync(join(__dirname, '../../../missions/second-wave.mission.json'), 'utf8');
    const mission = JSON.parse(text) as Mission;
    expect(searchWith(mission, true)).toEqual(searchWith(mission, false));
  });
});
