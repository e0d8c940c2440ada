import type { Position } from '../format/mission.types';

/** A cubic Bézier from a right-side output to a left-side input, and the point its label sits at. */
export interface EdgeCurve {
  from: Position;
  c1: Position;
  c2: Position;
  to: Position;
  /** The curve at t = 0.5, where the canvas centres an edge's label. */
  mid: Position;
}

// The canvas draws React Flow's default (Bézier) edge, curvature 0.25. Core may not import @xyflow, so its
// few lines are repeated here (from @xyflow/system's getBezierPath), and the picture bends edges the same way.
const CURVATURE = 0.25;
const controlOffset = (distance: number): number => (distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance));

/** The curve of an edge leaving an output on a node's right side at `from` for an input on the left at `to`. */
export function edgeCurve(from: Position, to: Position): EdgeCurve {
  const offset = controlOffset(to.x - from.x);
  const c1 = { x: from.x + offset, y: from.y };
  const c2 = { x: to.x - offset, y: to.y };
  const mid = {
    x: from.x * 0.125 + c1.x * 0.375 + c2.x * 0.375 + to.x * 0.125,
    y: from.y * 0.125 + c1.y * 0.375 + c2.y * 0.375 + to.y * 0.125,
  };
  return { from, c1, c2, to, mid };
}
