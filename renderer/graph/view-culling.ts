// Culling: a large mission hands React Flow only what lies near the view. React Flow's own visibility filter
// (onlyRenderVisibleElements) still walks every node and edge on every pan frame, and the DOM it keeps grows
// with the mission; handing it a window around the view makes both scale with what is on screen. The window
// is wider than the view (hysteresis), so a pan recomputes it only when the view leaves it, not every frame.
// Fitting, revealing and placing use the mission's own bounds (`absoluteRects`), never React Flow's lookup.
import type { Rect } from '@mission-studio/core/edit';
import type { Edge, Node } from '@xyflow/react';
import { FLOW_NODE_WIDTH, flowNodeHeight } from './node-geometry';

/** A rectangle in flow coordinates: core's, which placement uses too. */
export type { Rect };

/** How far the window reaches past the view on each side, as a share of the view's width and height. */
const CULL_MARGIN = 0.5;
/** Zoomed in this many times past the window's view (in area), the window is recomputed to hand fewer nodes. */
const SHRINK_AFTER = 16;

/** The size a node without a known size is taken to have: a flow node with a title and one output row. */
const ESTIMATED = { width: FLOW_NODE_WIDTH, height: flowNodeHeight(0, 1) };

const rectsCache = new WeakMap<readonly Node[], ReadonlyMap<string, Rect>>();

/**
 * Every node's rectangle in flow coordinates (a child's position is relative to its parent frame): the size
 * React Flow measured or was handed, else the node's own width and height, else an estimate. Cached per array.
 */
export function absoluteRects(nodes: readonly Node[]): ReadonlyMap<string, Rect> {
  const cached = rectsCache.get(nodes);
  if (cached) return cached;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rects = new Map<string, Rect>();
  const place = (node: Node, depth: number): Rect => {
    const known = rects.get(node.id);
    if (known) return known;
    const parent = node.parentId === undefined || depth > nodes.length ? undefined : byId.get(node.parentId);
    const origin = parent ? place(parent, depth + 1) : { x: 0, y: 0 };
    const rect = {
      x: origin.x + node.position.x,
      y: origin.y + node.position.y,
      width: node.measured?.width ?? node.width ?? ESTIMATED.width,
      height: node.measured?.height ?? node.height ?? ESTIMATED.height,
    };
    rects.set(node.id, rect);
    return rect;
  };
  for (const node of nodes) place(node, 0);
  rectsCache.set(nodes, rects);
  return rects;
}

/** The rectangle around the given nodes (every drawn node when `ids` is left out); null when there are none. */
export function boundsOf(nodes: readonly Node[], ids?: readonly string[]): Rect | null {
  const rects = absoluteRects(nodes);
  const chosen = ids
    ? ids.map((id) => rects.get(id)).filter((r) => r !== undefined)
    : nodes.filter((n) => !n.hidden).map((n) => rects.get(n.id) as Rect);
  if (chosen.length === 0) return null;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of chosen) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The part of the flow a canvas of `width` x `height` px shows at React Flow's `transform` [x, y, zoom]. */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

/** The window handed to React Flow for a view: the view grown by `margin` of its size on every side. */
export function cullWindow(view: Rect, margin = CULL_MARGIN): Rect {
  const dx = view.width * margin;
  const dy = view.height * margin;
  return { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy };
}

const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/**
 * Whether the view has outgrown its window: it reaches past the window (a pan or a zoom out), or it has
 * become so small inside it (a zoom in) that the window hands far more than is seen.
 */
export function needsNewWindow(window: Rect | null, view: Rect): boolean {
  if (window === null) return true;
  if (!contains(window, view)) return true;
  return view.width * view.height * SHRINK_AFTER < window.width * window.height;
}

/** Whether the straight line from `a` to `b` passes through `rect` (Liang-Barsky clipping). */
export function segmentCrosses(a: { x: number; y: number }, b: { x: number; y: number }, rect: Rect): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, a.x - rect.x],
    [dx, rect.x + rect.width - a.x],
    [-dy, a.y - rect.y],
    [dy, rect.y + rect.height - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** What React Flow is handed: the nodes (in their given order, parents first) and edges near the view. */
export interface Culled<N extends Node, E extends Edge> {
  nodes: N[];
  edges: E[];
}

/**
 * The nodes and edges to hand React Flow for a window: every drawn node that overlaps it, every node `keep`
 * asks for (selected or dragged ones, so a drag or a nudge moves the whole selection), both ends of every edge
 * that touches one of those, passes through the window (so the edge is drawn) or is selected (so a click on the
 * empty canvas deselects it, as React Flow deselects only what it holds), and the frames around every
 * handed node (React Flow draws a child only with its parent). Edges go when both their ends go.
 */
export function cullElements<N extends Node, E extends Edge>(
  nodes: readonly N[],
  edges: readonly E[],
  window: Rect,
  keep: (node: N) => boolean,
): Culled<N, E> {
  const rects = absoluteRects(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const near = new Set<string>();
  for (const node of nodes) {
    if ((!node.hidden && overlaps(rects.get(node.id) as Rect, window)) || keep(node)) near.add(node.id);
  }
  const handed = new Set(near);
  for (const edge of edges) {
    if (handed.has(edge.source) && handed.has(edge.target)) continue;
    const from = rects.get(edge.source);
    const to = rects.get(edge.target);
    if (!from || !to) continue;
    const crosses =
      edge.selected === true ||
      near.has(edge.source) ||
      near.has(edge.target) ||
      segmentCrosses({ x: from.x + from.width, y: from.y + from.height / 2 }, { x: to.x, y: to.y + to.height / 2 }, window);
    if (!crosses) continue;
    handed.add(edge.source);
    handed.add(edge.target);
  }
  for (const id of [...handed]) {
    const seen = new Set<string>();
    for (let p = byId.get(id)?.parentId; p !== undefined && !seen.has(p) && byId.has(p); p = byId.get(p)?.parentId) {
      seen.add(p);
      handed.add(p);
    }
  }
  return {
    nodes: nodes.filter((n) => handed.has(n.id)),
    edges: edges.filter((e) => handed.has(e.source) && handed.has(e.target)),
  };
}

/** Whether two arrays hold the very same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
