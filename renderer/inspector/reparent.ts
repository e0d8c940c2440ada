import type { Mission, MissionNode, Position } from '@mission-studio/core/format';

/** Where a node sits on the canvas, adding up its parent groups' positions (children are relative). */
export function absolutePosition(byId: ReadonlyMap<string, MissionNode>, node: MissionNode): Position {
  let { x, y } = node.position;
  const seen = new Set([node.id]);
  for (let p = node.parentId && byId.get(node.parentId); p && !seen.has(p.id); p = p.parentId && byId.get(p.parentId)) {
    seen.add(p.id);
    x += p.position.x;
    y += p.position.y;
  }
  return { x, y };
}

/** The groups a node may move into: every group except itself and the groups inside it. */
export function parentChoices(mission: Mission, nodeId: string): MissionNode[] {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  const inside = (group: MissionNode): boolean => {
    const seen = new Set<string>();
    for (let p: MissionNode | undefined = group; p && !seen.has(p.id); p = p.parentId ? byId.get(p.parentId) : undefined) {
      if (p.id === nodeId) return true;
      seen.add(p.id);
    }
    return false;
  };
  return mission.nodes.filter((n) => n.type === 'group' && !inside(n));
}

/**
 * The node's new parent and the position that keeps it where it is on the canvas (positions are relative
 * to the parent); null when `parentId` is not a group it may move into.
 */
export function reparent(
  mission: Mission,
  nodeId: string,
  parentId: string | null,
): { parentId: string | null; position: Position } | null {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  const node = byId.get(nodeId);
  if (!node) return null;
  const at = absolutePosition(byId, node);
  if (parentId === null) return { parentId, position: at };
  const parent = byId.get(parentId);
  if (!parent || !parentChoices(mission, nodeId).includes(parent)) return null;
  const origin = absolutePosition(byId, parent);
  return { parentId, position: { x: at.x - origin.x, y: at.y - origin.y } };
}
