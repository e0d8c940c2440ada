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

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/**
 * The part of the canvas the user can see, in flow pixels: `view` is the visible canvas, `covered` the panels
 * drawn over it (minimap, zoom buttons). A node placed there is one the user sees land.
 */
export interface PlacementArea {
  view: Rect;
  covered: readonly Rect[];
}

const inside = (r: Rect, view: Rect): boolean =>
  r.x >= view.x && r.y >= view.y && r.x + r.width <= view.x + view.width && r.y + r.height <= view.y + view.height;

/**
 * The smallest shift (nearest first, in whole grid steps) that puts every one of `shapes` clear of `occupied`,
 * keeping `GAP` between them. Shapes keep their arrangement (a pasted group of nodes moves as one). With an
 * `area`, its panels count as occupied and a place inside its view wins over a nearer one outside it (a node
 * pushed off screen looks lost); when none is inside, the nearest free place anywhere. When nothing is free
 * within MAX_RINGS steps, no shift: the caller's point is as good as any.
 */
export function freeShift(occupied: readonly Rect[], shapes: readonly Rect[], grid: number, area?: PlacementArea): Position {
  if (shapes.length === 0) return { x: 0, y: 0 };
  const reach = MAX_RINGS * grid + GAP;
  const bounds = shapes.reduce(
    (b, r) => ({ x1: Math.min(b.x1, r.x), y1: Math.min(b.y1, r.y), x2: Math.max(b.x2, r.x + r.width), y2: Math.max(b.y2, r.y + r.height) }),
    { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
  );
  const all = area ? [...occupied, ...area.covered] : occupied;
  // Only boxes the search can reach matter: a mission of thousands of nodes is checked against a handful.
  const near = all.filter(
    (o) => o.x < bounds.x2 + reach && o.x + o.width > bounds.x1 - reach && o.y < bounds.y2 + reach && o.y + o.height > bounds.y1 - reach,
  );
  const clear = (dx: number, dy: number) => shapes.every((s) => near.every((o) => !overlaps({ ...s, x: s.x + dx, y: s.y + dy }, o)));
  const whole = { x: bounds.x1, y: bounds.y1, width: bounds.x2 - bounds.x1, height: bounds.y2 - bounds.y1 };
  const view = area && whole.width <= area.view.width && whole.height <= area.view.height ? area.view : undefined;
  // Past this ring no shift can bring the shapes into the view, so the nearest free place outside it is the answer.
  const lastInView = view
    ? Math.ceil(
        Math.max(
          Math.abs(view.x - whole.x),
          Math.abs(view.y - whole.y),
          Math.abs(view.x + view.width - whole.x - whole.width),
          Math.abs(view.y + view.height - whole.y - whole.height),
        ) / grid,
      )
    : 0;
  let outside: Position | undefined;
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    if (outside && ring > lastInView) return outside;
    const candidates: Position[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++)
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) candidates.push({ x: i * grid || 0, y: j * grid || 0 }); // || 0: no -0
    }
    // Nearest first; on a tie, below then right of the point (where a reader expects the next step of a flow).
    candidates.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y) || b.y - a.y || b.x - a.x);
    for (const c of candidates) {
      if (!clear(c.x, c.y)) continue;
      if (!view || inside({ ...whole, x: whole.x + c.x, y: whole.y + c.y }, view)) return c;
      outside ??= c;
    }
  }
  return outside ?? { x: 0, y: 0 };
}
