import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import tutorial from '../../missions/tutorial.mission.json';
import type { Mission } from '../format/mission.types';
import { portIds } from '../format/ports';
import { indexMission } from './mission-index';

describe('indexMission', () => {
  it('lists every node\u2019s ports in the same order as portIds', () => {
    for (const mission of [secondWave, tutorial] as unknown as Mission[]) {
      const index = indexMission(mission);
      mission.nodes.forEach((node, n) => {
        expect(index.portIdList.slice(index.portStart[n], index.portStart[n + 1])).toEqual([...portIds(node)]);
      });
    }
  });

  it('links every edge to its source port and target, and lists successors from valid edges only', () => {
    const mission = secondWave as unknown as Mission;
    const index = indexMission(mission);
    fc.assert(
      fc.property(fc.nat(mission.edges.length - 1), (e) => {
        const edge = mission.edges[e]!;
        expect(mission.nodes[index.edgeSource[e]!]?.id).toBe(edge.source);
        expect(index.portIdList[index.edgePort[e]!]).toBe(edge.sourceHandle);
        expect(mission.nodes[index.edgeTarget[e]!]?.id).toBe(edge.target);
      }),
    );
    expect(index.successorList.length).toBe(mission.edges.length);
  });
});
