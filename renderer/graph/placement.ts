import { freeShift, nodeRect, occupiedRects, type PlacementArea } from '@mission-studio/core/edit';
import { nodeTemplate } from '@mission-studio/core/edit';
import type { GroupData, Mission, MissionNode, NodeType, Position } from '@mission-studio/core/format';

/** The canvas grid, in flow pixels: drags snap to it and new nodes land on it. */
export const GRID = 20;

/** A flow node's drawn width (graph.css keeps `.mission-node` at this width). */
export const NODE_WIDTH = 200;

/** A typical flow node's height, to centre a new node on the point it is added at. */
export const NODE_HEIGHT = 90;

// A new group's frame size comes from its template, so placement and template cannot disagree.
const NEW_GROUP = nodeTemplate('group', 'group', { x: 0, y: 0 }).data as GroupData;

/** A canvas coordinate or length on the grid that new and moved things snap to. */
export const snapToGrid = (v: number): number => Math.round(v / GRID) * GRID;

/** Where a node sits on the canvas, adding up the positions of the groups around it. */
function absolutePosition(node: MissionNode, byId: ReadonlyMap<string, MissionNode>): Position {
  let { x, y } = node.position;
  const seen = new Set([node.id]);
  let parent = node.parentId !== undefined ? byId.get(node.parentId) : undefined;
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    x += parent.position.x;
    y += parent.position.y;
    parent = parent.parentId !== undefined ? byId.get(parent.parentId) : undefined;
  }
  return { x, y };
}

/** The innermost group whose frame contains `point` (flow coordinates), if any. */
export function groupAt(mission: Mission, point: Position): MissionNode | undefined {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  let best: { node: MissionNode; area: number } | undefined;
  for (const node of mission.nodes) {
    if (node.type !== 'group') continue;
    const at = absolutePosition(node, byId);
    const inside = point.x >= at.x && point.y >= at.y && point.x <= at.x + node.data.width && point.y <= at.y + node.data.height;
    const area = node.data.width * node.data.height;
    if (inside && (!best || area < best.area)) best = { node, area };
  }
  return best?.node;
}

/**
 * Where a new node of `type` goes when it is added at `point` (the view centre, or where it was dropped): centred
 * on the point and snapped to the grid; inside the group under the point, if any (then relative to that group).
 * Groups are not nested by adding: a new group always lands on the top level. A new node never covers another:
 * it moves to the nearest free space (core/edit/free-space.ts), inside the visible `area` when there is room there.
 */
export function placeNewNode(
  mission: Mission,
  type: NodeType,
  point: Position,
  area?: PlacementArea,
): { position: Position; parentId?: string } {
  const [width, height] = type === 'group' ? [NEW_GROUP.width, NEW_GROUP.height] : [NODE_WIDTH, NODE_HEIGHT];
  const asked = { x: snapToGrid(point.x - width / 2), y: snapToGrid(point.y - height / 2) };
  const node = nodeTemplate(type, 'new', asked);
  const shift = freeShift(occupiedRects(mission), [nodeRect(node, new Map([[node.id, node]]))], GRID, area);
  const topLeft = { x: asked.x + shift.x, y: asked.y + shift.y };
  const group = type === 'group' ? undefined : groupAt(mission, point);
  if (!group) return { position: topLeft };
  const origin = absolutePosition(group, new Map(mission.nodes.map((n) => [n.id, n])));
  return { position: { x: topLeft.x - origin.x, y: topLeft.y - origin.y }, parentId: group.id };
}

/** An id for a new edge from `source`'s `port`: `source.port`, made unique; the edge it replaces frees its id. */
export function newEdgeId(mission: Mission, source: string, port: string): string {
  const taken = new Set(mission.edges.filter((e) => !(e.source === source && e.sourceHandle === port)).map((e) => e.id));
  const base = `${source}.${port}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
