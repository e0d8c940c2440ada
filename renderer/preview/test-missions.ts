/** Missions for the preview's unit tests: the real Second Wave, and copies of it with one thing edited. */
import { loadMission } from '@mission-studio/core/format';
import type { Mission, MissionNode } from '@mission-studio/core/format';
import secondWaveText from '../../missions/second-wave.mission.json?raw';

/** Second Wave, loaded as the app loads it. */
export function secondWave(): Mission {
  const loaded = loadMission(secondWaveText);
  if (!loaded.mission) throw new Error('Second Wave did not load');
  return loaded.mission;
}

/** A copy of `mission` with one node's data replaced (a new object, as an editor edit makes). */
export function withNodeData<T extends MissionNode>(mission: Mission, nodeId: string, change: (node: T) => T['data']): Mission {
  return {
    ...mission,
    nodes: mission.nodes.map((n) => (n.id === nodeId ? ({ ...n, data: change(n as T) } as MissionNode) : n)),
  };
}
