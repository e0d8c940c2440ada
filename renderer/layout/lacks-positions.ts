import type { Mission } from '@mission-studio/core/format';

/**
 * Whether a mission was written without a layout: two or more nodes and every one at the same spot (a
 * generator or a hand-written file often leaves them all at {x: 0, y: 0}). Such a file is laid out on open.
 */
export function lacksPositions(mission: Pick<Mission, 'nodes'>): boolean {
  const [first] = mission.nodes;
  if (!first || mission.nodes.length < 2) return false;
  return mission.nodes.every((n) => n.position.x === first.position.x && n.position.y === first.position.y);
}
