/**
 * The detour reduction (README, "Detours") checked against the full search on random small missions that have
 * hubs with one-time detours, next to one-time options that only look like detours.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HubOption, Mission, MissionEdge, MissionNode } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { replayInputs } from '../simulator/replay-inputs';
import { n, randomMission, seededRandom } from '../test-fixtures';
import { findDetourPorts } from './detour-ports';
import type { ExploreReport, Witness } from './explore-report.types';
import { exploreMission } from './explore-mission';
import { witnessFor } from './witness-for';

const CONDITIONS = ['a', '!b', 'level >= 1', 'visited("n1")', 'mood == "angry"'];

/**
 * `randomMission` plus one or two hubs, each with one to four one-time detours (narration chains of 0 to 2
 * nodes back to the hub), maybe a conditioned one-time option that comes back the same way (not a detour), a
 * plain option to a random node and a continue that may need a condition: so the hub can be stuck once the
 * detours are used up. Random edges of the mission are turned towards the hubs.
 */
function missionWithDetours(seed: number, size: number): Mission {
  const mission = randomMission(seed, size);
  const rand = seededRandom(seed ^ 0x5bd1e995);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const maybe = (p: number): boolean => rand() < p;
  const targets = mission.nodes.filter((node) => node.type !== 'start').map((node) => node.id);
  const nodes: MissionNode[] = [];
  const edges: MissionEdge[] = [];
  const link = (source: string, sourceHandle: string, target: string): void => {
    edges.push({ id: `x${edges.length}`, source, sourceHandle, target });
  };
  /** A chain of `length` narration nodes from the hub's option back to the hub. */
  const chainBack = (hub: string, option: string, length: number): void => {
    let from = hub;
    let port = option;
    for (let j = 0; j < length; j++) {
      const id = `${hub}-${option}-${j}`;
      nodes.push(n.narration(id));
      link(from, port, id);
      from = id;
      port = 'next';
    }
    link(from, port, hub);
  };
  const hubs = maybe(0.3) ? ['h0', 'h1'] : ['h0'];
  for (const hub of hubs) {
    const options: HubOption[] = [];
    const detours = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < detours; k++) {
      options.push({ id: `d${k}`, label: `Detour ${k}`, once: true });
      chainBack(hub, `d${k}`, Math.floor(rand() * 3));
    }
    if (maybe(0.5)) {
      options.push({ id: 'guarded', label: 'Guarded', once: true, condition: pick(CONDITIONS) });
      chainBack(hub, 'guarded', 1);
    }
    if (maybe(0.6)) {
      options.push({ id: 'away', label: 'Away', ...(maybe(0.3) ? { once: true } : {}) });
      link(hub, 'away', pick([...targets, ...hubs]));
    }
    nodes.push(n.hub(hub, options, maybe(0.6) ? { condition: pick(CONDITIONS) } : {}));
    if (maybe(0.9)) link(hub, 'continue', pick(targets));
  }
  // Send the start, and some other edges, into the hubs.
  const retargeted = mission.edges.map((e, i) => (i === 0 || maybe(0.25) ? { ...e, target: pick(hubs) } : e));
  return { ...mission, nodes: [...mission.nodes, ...nodes], edges: [...retargeted, ...edges] };
}

/** What the explorer reports, without the witnesses and counts that depend on the search order. */
function findings(report: ExploreReport): Record<string, unknown> {
  const sorted = (xs: string[]): string[] => [...new Set(xs)].sort();
  return {
    complete: report.complete,
    endings: report.endings.map((e) => [e.nodeId, e.reachable]),
    reachedNodes: report.reachedNodes,
    neverReachedNodes: report.neverReachedNodes,
    // A stuck state's reason shows the values read in the first one found, which depends on the search order.
    softLocks: sorted(
      report.softLocks.map((s) => `${s.nodeId}: ${s.reason.startsWith('no input is available') ? 'no input is available' : s.reason}`),
    ),
    traps: sorted(report.traps.map((t) => t.nodeId)),
    neverEnabled: report.neverEnabledChoices.map(({ nodeId, portId, condition, observed }) => ({ nodeId, portId, condition, observed })),
  };
}

const missions = fc.tuple(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 8 }));

describe('exploreMission with one-time detours', () => {
  it('finds exactly the endings, soft-locks, traps, nodes and closed choices the full search finds', () => {
    let fullStates = 0;
    let reducedStates = 0;
    fc.assert(
      fc.property(missions, ([seed, size]) => {
        const mission = missionWithDetours(seed, size);
        expect(findDetourPorts(getCompiledMission(mission)).count).toBeGreaterThan(0);
        const full = exploreMission(mission, { reduce: false });
        const reduced = exploreMission(mission);
        expect(findings(reduced)).toEqual(findings(full));
        expect(reduced.states).toBeLessThanOrEqual(full.states);
        fullStates += full.states;
        reducedStates += reduced.states;
      }),
      { numRuns: 200 },
    );
    // The reduction did skip something on these missions.
    expect(reducedStates).toBeLessThan(fullStates);
  });

  it('gives witnesses that the simulator follows to each ending, soft-lock and trap', () => {
    fc.assert(
      fc.property(missions, ([seed, size]) => {
        const mission = missionWithDetours(seed, size);
        const report = exploreMission(mission);
        const follow = (witness: Witness) => {
          const r = replayInputs(mission, { faction: witness.faction, seed: 1 }, witness.inputs);
          expect(r.divergedAt).toBeUndefined();
          return r.state;
        };
        for (const e of report.endings) if (e.witness) expect(follow(e.witness).ending?.nodeId).toBe(e.nodeId);
        for (const lock of report.softLocks)
          expect([follow(lock.witness).status, follow(lock.witness).nodeId]).toEqual(['error', lock.nodeId]);
        for (const trap of report.traps)
          expect([follow(trap.witness).status, follow(trap.witness).nodeId]).toEqual(['awaiting-input', trap.nodeId]);
      }),
      { numRuns: 100 },
    );
  });

  it('proves a hub with 64 one-time detours in a handful of states instead of 2^64', () => {
    const report = exploreMission(detourHub(64));
    expect(report.complete).toBe(true);
    expect(report.endings.map((e) => [e.nodeId, e.reachable])).toEqual([['leave', true]]);
    expect(report.neverReachedNodes).toEqual([]);
    expect(report.neverEnabledChoices).toEqual([]);
    expect(report.states).toBeLessThan(10);
  });

  it('finds the way into a detour for "play from here": the watched node is no detour of the search', () => {
    const mission = detourHub(64);
    const found = witnessFor(mission, 'shop-visit-40');
    expect(found.complete).toBe(true);
    expect(found.witness?.inputs).toEqual([{ kind: 'hub', nodeId: 'hub', optionId: 'visit-40' }]);
    expect(
      replayInputs(mission, { faction: found.witness?.faction ?? '', seed: 1 }, found.witness?.inputs ?? []).state.visits['shop-visit-40'],
    ).toBe(1);
  });
});

/** A hub with `count` one-time options, each a narration and back, and a way out. */
function detourHub(count: number): Mission {
  const options: HubOption[] = Array.from({ length: count }, (_, k) => ({ id: `visit-${k}`, label: `Visit shop ${k + 1}`, once: true }));
  const shops = options.map((o) => n.narration(`shop-${o.id}`, ['The shop is closed.']));
  const mission = randomMission(1, 2);
  const edges: MissionEdge[] = [
    { id: 'e-start', source: mission.nodes[0]?.id ?? 'n0', sourceHandle: 'next', target: 'hub' },
    { id: 'e-leave', source: 'hub', sourceHandle: 'continue', target: 'leave' },
    ...options.flatMap((o): MissionEdge[] => [
      { id: `e-${o.id}`, source: 'hub', sourceHandle: o.id, target: `shop-${o.id}` },
      { id: `e-${o.id}-back`, source: `shop-${o.id}`, sourceHandle: 'next', target: 'hub' },
    ]),
  ];
  return {
    ...mission,
    nodes: [mission.nodes[0] as MissionNode, n.hub('hub', options), n.end('leave', 'success', 'You leave.'), ...shops],
    edges,
  };
}
