// The minimap's picture and geometry (pure): the mission's frames and nodes as rectangles on the canvas, a box
// sized to the mission's own shape, and the mapping between the box and the canvas.
import type { Mission } from '@mission-studio/core/format';
import { outputPorts } from '@mission-studio/core/format';
import { canvasPosition } from '@mission-studio/core/graph';
import { contentLinesFor, FLOW_NODE_WIDTH, flowNodeHeight } from '@mission-studio/core/graph';
import { NODE_KINDS } from '@mission-studio/core/graph';

/** A rectangle on the canvas, in flow coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One shape the minimap draws: a group frame (outlined) or a node (filled in its type's colour). */
export interface MinimapShape extends Rect {
  group: boolean;
  color: string;
}

/** What the minimap draws: its shapes, groups first, and the box around them all. */
export interface MinimapPicture {
  shapes: MinimapShape[];
  bounds: Rect;
}

/** The mission as the minimap draws it. Node sizes come from their rows (as the canvas draws them). */
export function minimapPicture(mission: Mission): MinimapPicture {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  const groups: MinimapShape[] = [];
  const nodes: MinimapShape[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of mission.nodes) {
    const { x, y } = canvasPosition(node.id, byId);
    const group = node.type === 'group';
    const width = group ? node.data.width : FLOW_NODE_WIDTH;
    const height = group ? node.data.height : flowNodeHeight(contentLinesFor(node.type), outputPorts(node).length);
    (group ? groups : nodes).push({ x, y, width, height, group, color: NODE_KINDS[node.type].color });
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + width);
    maxY = Math.max(maxY, y + height);
  }
  const bounds =
    mission.nodes.length === 0 ? { x: 0, y: 0, width: 1, height: 1 } : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { shapes: [...groups, ...nodes], bounds };
}

/** The minimap's box: the mission's shape, at most 180 x 110 px and at most 25% by 20% of the canvas. */
export function minimapSize(bounds: Rect, canvas: { width: number; height: number }): { width: number; height: number } {
  const maxWidth = Math.max(60, Math.min(180, canvas.width * 0.25));
  const maxHeight = Math.max(40, Math.min(110, canvas.height * 0.2));
  const scale = Math.min(maxWidth / Math.max(1, bounds.width), maxHeight / Math.max(1, bounds.height));
  // The mission's own shape, but never thinner than 24 px: a long strip stays a strip you can click on.
  return { width: Math.max(24, Math.round(bounds.width * scale)), height: Math.max(24, Math.round(bounds.height * scale)) };
}

/** How the box maps the canvas: flow point = bounds origin + box point / scale (the mission centred in the box). */
export interface MinimapMapping {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** The mapping that fits `bounds` into a box of `size`, centred. */
export function minimapMapping(bounds: Rect, size: { width: number; height: number }): MinimapMapping {
  const scale = Math.min(size.width / Math.max(1, bounds.width), size.height / Math.max(1, bounds.height));
  return {
    scale,
    offsetX: (size.width - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (size.height - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/** The flow point under a point of the box (px from its top-left corner). */
export function flowPointAt(mapping: MinimapMapping, boxX: number, boxY: number): { x: number; y: number } {
  return { x: (boxX - mapping.offsetX) / mapping.scale, y: (boxY - mapping.offsetY) / mapping.scale };
}

/** The part of the canvas in view, from React Flow's transform [x, y, zoom] and the canvas size. */
export function viewRect(transform: readonly [number, number, number], canvas: { width: number; height: number }): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: canvas.width / zoom, height: canvas.height / zoom };
}
