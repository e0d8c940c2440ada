import type { MissionNode, Position } from '../format/mission.types';

/** The group a node is drawn inside: its parent when that is a group (the canvas draws it at the top level otherwise). */
export function frameParent(node: MissionNode, byId: ReadonlyMap<string, MissionNode>): string | undefined {
  return node.parentId !== undefined && byId.get(node.parentId)?.type === 'group' ? node.parentId : undefined;
}

/**
 * Where a node sits on the canvas: its position plus those of the groups around it, with `moved` positions
 * (mid-drag, relative to the same parents) in place of the mission's. A parent cycle stops the walk.
 */
export function canvasPosition(
  id: string,
  byId: ReadonlyMap<string, MissionNode>,
  moved: ReadonlyMap<string, Position> = new Map(),
): Position {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  for (let node = byId.get(id); node && !seen.has(node.id); node = byId.get(frameParent(node, byId) ?? '')) {
    seen.add(node.id);
    const at = moved.get(node.id) ?? node.position;
    x += at.x;
    y += at.y;
  }
  return { x, y };
}
