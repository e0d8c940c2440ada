import type { NodeMove } from '@mission-studio/core/edit';
import type { MissionNode, Position } from '@mission-studio/core/format';
import { canvasPosition, frameParent } from '@mission-studio/core/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './placement';

/** A node being dragged: its top-left now (relative to its current parent, as React Flow reports it), and its measured size if known. */
export interface DraggedNode {
  id: string;
  position: Position;
  width?: number;
  height?: number;
}

/** A drag worked out: the `move-nodes` moves its drop commits, and the groups the nodes land in. */
export interface DropPlan {
  moves: NodeMove[];
  /** The group frames the dragged nodes would land in, for the drop-target highlight (no repeats). */
  targets: string[];
}

interface Frame {
  id: string;
  at: Position;
  width: number;
  height: number;
}

/** Whether `groupId` is `nodeId` itself or a group inside it, following `parentOf` (so a node never frames itself). */
export function isWithin(groupId: string, nodeId: string, parentOf: ReadonlyMap<string, string | undefined>): boolean {
  const seen = new Set<string>();
  for (let id: string | undefined = groupId; id !== undefined && !seen.has(id); id = parentOf.get(id)) {
    if (id === nodeId) return true;
    seen.add(id);
  }
  return false;
}

/** The innermost (smallest) frame containing `point`, among those `allowed` accepts. */
export function frameAt(frames: readonly Frame[], point: Position, allowed: (groupId: string) => boolean = () => true): Frame | undefined {
  let best: Frame | undefined;
  for (const f of frames) {
    const inside = point.x >= f.at.x && point.y >= f.at.y && point.x <= f.at.x + f.width && point.y <= f.at.y + f.height;
    if (inside && (!best || f.width * f.height < best.width * best.height) && allowed(f.id)) best = f;
  }
  return best;
}

/** A node's drawn size: React Flow's measurement when there is one, else a group's frame or a typical node. */
export function nodeSize(node: MissionNode, measured?: { width?: number; height?: number }): { width: number; height: number } {
  if (measured?.width && measured.height) return { width: measured.width, height: measured.height };
  return node.type === 'group' ? { width: node.data.width, height: node.data.height } : { width: NODE_WIDTH, height: NODE_HEIGHT };
}

/**
 * What dropping `dragged` does: each node whose centre lies in a group frame becomes the child of the innermost
 * such group (never of itself or a group inside it); one outside every frame leaves its group. A node keeps its
 * place on screen: a new parent gets a position relative to that parent. A node dragged along with one of its
 * groups keeps its parent (React Flow moves it with the group).
 */
export function planDrop(nodes: readonly MissionNode[], dragged: readonly DraggedNode[]): DropPlan {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const moved = new Map(dragged.map((d) => [d.id, d.position]));
  const parents = new Map(nodes.map((n) => [n.id, frameParent(n, byId)]));
  // The parents as this drop changes them, so two groups dropped together cannot end up framing each other.
  const parentOf = new Map(parents);
  const frames: Frame[] = nodes.flatMap((n) =>
    n.type === 'group' ? [{ id: n.id, at: canvasPosition(n.id, byId, moved), width: n.data.width, height: n.data.height }] : [],
  );
  const moves: NodeMove[] = [];
  const targets = new Set<string>();
  for (const d of dragged) {
    const node = byId.get(d.id);
    const carried = node !== undefined && [...ancestorsOf(d.id, parents)].some((id) => moved.has(id));
    if (!node || carried) {
      moves.push({ id: d.id, position: d.position });
      continue;
    }
    const at = canvasPosition(d.id, byId, moved);
    const { width, height } = nodeSize(node, d);
    const frame = frameAt(frames, { x: at.x + width / 2, y: at.y + height / 2 }, (groupId) => !isWithin(groupId, d.id, parentOf));
    if (frame) targets.add(frame.id);
    if ((node.parentId ?? null) === (frame?.id ?? null)) {
      moves.push({ id: d.id, position: d.position });
      continue;
    }
    const origin = frame?.at ?? { x: 0, y: 0 };
    moves.push({ id: d.id, position: { x: at.x - origin.x, y: at.y - origin.y }, parentId: frame?.id ?? null });
    parentOf.set(d.id, frame?.id);
  }
  return { moves, targets: [...targets] };
}

function* ancestorsOf(id: string, parentOf: ReadonlyMap<string, string | undefined>): Generator<string> {
  const seen = new Set([id]);
  for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
    seen.add(p);
    yield p;
  }
}

/**
 * The canvas nodes with `drop-target` added to the class of each node in `targets` (React Flow puts it on the
 * node's wrapper). Returns `nodes` itself when there is nothing to mark, so an idle canvas re-renders nothing.
 */
export function markDropTargets<T extends { id: string; className?: string }>(nodes: T[], targets: readonly string[]): T[] {
  if (targets.length === 0) return nodes;
  const marked = new Set(targets);
  return nodes.map((n) => (marked.has(n.id) ? { ...n, className: n.className ? `${n.className} drop-target` : 'drop-target' } : n));
}

/** Whether two target lists name the same groups in the same order (so a drag move that changes nothing sets no state). */
export function sameTargets(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
