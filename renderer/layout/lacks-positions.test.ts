import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import type { Mission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import { lacksPositions } from './lacks-positions';

describe('lacksPositions', () => {
  it('reports a mission whose nodes all sit at the origin', () => {
    expect(lacksPositions(smallMission())).toBe(true);
  });

  it('does not report a laid-out mission', () => {
    expect(lacksPositions(secondWave as unknown as Mission)).toBe(false);
  });

  it('does not report a mission with one node moved', () => {
    const mission = smallMission();
    const [first, ...rest] = mission.nodes;
    expect(lacksPositions({ nodes: [{ ...first!, position: { x: 10, y: 0 } }, ...rest] })).toBe(false);
  });

  it('does not report a mission of one node or none', () => {
    expect(lacksPositions({ nodes: smallMission().nodes.slice(0, 1) })).toBe(false);
    expect(lacksPositions({ nodes: [] })).toBe(false);
  });
});
