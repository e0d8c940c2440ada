import type { Mission, MissionNode, Position } from '../format/mission.types';
import { outputPorts } from '../format/ports';
import { canvasPosition } from '../graph/canvas-position';
import { contentLinesFor, FLOW_NODE_WIDTH, flowNodeHeight } from '../graph/node-geometry';

/** A box on the canvas, in flow pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept between a new node and its neighbours, so their ports and edges stay easy to grab. */
const GAP = 20;
/** How far out the search goes, in grid steps, before it gives up and uses the point asked for. */
const MAX_RINGS = 60;

/** A node's box on the canvas: where it is drawn (inside the groups of `byId`) and how big (a group's frame; a flow node's rows). */
export function nodeRect(node: MissionNode, byId: ReadonlyMap<string, MissionNode>): Rect {
  const at = byId.has(node.id) ? canvasPosition(node.id, byId) : node.position;
  if (node.type === 'group') return { x: at.x, y: at.y, width: node.data.width, height: node.data.height };
  return { x: at.x, y: at.y, width: FLOW_NODE_WIDTH, height: flowNodeHeight(contentLinesFor(node.type), outputPorts(node).length) };
}

/** The boxes a new node must not cover: every flow node (group frames are meant to hold nodes, so they do not count). */
export function occupiedRects(mission: Mission): Rect[] {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  return mission.nodes.filter((n) => n.type !== 'group').map((n) => nodeRect(n, byId));
}

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/**
 * The smallest shift (nearest first, in whole grid steps) that puts every one of `shapes` clear of `occupied`,
 * keeping `GAP` between them. Shapes keep their arrangement (a pasted group of nodes moves as one). When nothing
 * is free within MAX_RINGS steps, no shift: the caller's point is as good as any.
 */
export function freeShift(occupied: readonly Rect[], shapes: readonly Rect[], grid: number): Position {
  if (shapes.length === 0) return { x: 0, y: 0 };
  const reach = MAX_RINGS * grid + GAP;
  const bounds = shapes.reduce((b, r) => ({ x1: Math.min(b.x1, r.x), y1: Math.min(b.y1, r.y), x2: Math.max(b.x2, r.x + r.width), y2: Math.max(b.y2, r.y + r.height) }), { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });
  // Only boxes the search can reach matter: a mission of thousands of nodes is checked against a handful.
  const near = occupied.filter((o) => o.x < bounds.x2 + reach && o.x + o.width > bounds.x1 - reach && o.y < bounds.y2 + reach && o.y + o.height > bounds.y1 - reach);
  const clear = (dx: number, dy: number) => shapes.every((s) => near.every((o) => !overlaps({ ...s, x: s.x + dx, y: s.y + dy }, o)));
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    const candidates: Position[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) if (Math.max(Math.abs(i), Math.abs(j)) === ring) candidates.push({ x: i * grid || 0, y: j * grid || 0 }); // || 0: no -0
    }
    // Nearest first; on a tie, below then right of the point (where a reader expects the next step of a flow).
    candidates.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y) || b.y - a.y || b.x - a.x);
    const free = candidates.find((c) => clear(c.x, c.y));
    if (free) return free;
  }
  return { x: 0, y: 0 };
}
