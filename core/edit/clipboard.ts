import type { Mission, MissionEdge, MissionNode, Position } from '../format/mission.types';
import type { Edit } from './edit.types';
import { freeShift, nodeRect, occupiedRects, type PlacementArea, type Rect } from './free-space';
import { freshNodeId } from './node-templates';

/** The canvas grid the pasted nodes stay on while they look for free space. */
const PASTE_GRID = 20;

/** What Copy puts on the clipboard: a fragment of mission JSON, so it pastes into text editors meaningfully. */
export interface ClipboardFragment {
  format: 'mission-studio/1#fragment';
  nodes: MissionNode[];
  edges: MissionEdge[];
}

/** The selected nodes and the edges between them. */
export function copyNodes(mission: Mission, nodeIds: readonly string[]): ClipboardFragment {
  const ids = new Set(nodeIds);
  return {
    format: 'mission-studio/1#fragment',
    nodes: mission.nodes.filter((n) => ids.has(n.id)),
    edges: mission.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

/** Reads clipboard text back into a fragment, or null when it is not one (never throws). */
export function parseFragment(text: string): ClipboardFragment | null {
  try {
    const value = JSON.parse(text) as Partial<ClipboardFragment>;
    if (value?.format !== 'mission-studio/1#fragment' || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return null;
    return value as ClipboardFragment;
  } catch {
    return null;
  }
}

// A pasted set wholly out of view moves, as one, to be centred in it (on the grid); one in view stays put.
function offViewShift(shapes: readonly Rect[], view: Rect): Position {
  const x1 = Math.min(...shapes.map((r) => r.x));
  const y1 = Math.min(...shapes.map((r) => r.y));
  const x2 = Math.max(...shapes.map((r) => r.x + r.width));
  const y2 = Math.max(...shapes.map((r) => r.y + r.height));
  const seen = x1 < view.x + view.width && x2 > view.x && y1 < view.y + view.height && y2 > view.y;
  if (seen || shapes.length === 0) return { x: 0, y: 0 };
  const snap = (v: number) => Math.round(v / PASTE_GRID) * PASTE_GRID;
  return { x: snap(view.x + view.width / 2 - (x1 + x2) / 2), y: snap(view.y + view.height / 2 - (y1 + y2) / 2) };
}

/**
 * The edit that pastes a fragment: every node gets a fresh id, edges between pasted nodes follow, parents not
 * pasted along are dropped (the node lands at its place on the canvas), and positions shift by `offset`, then
 * on to the nearest free space: a pasted or duplicated node never lands on another (and so never hides a port).
 * With the visible `area`, they land where the user can see them: in the view, clear of its panels; nodes copied
 * from a part of the canvas out of view are pasted in the middle of the view instead.
 */
export function pasteEdit(mission: Mission, fragment: ClipboardFragment, offset = { x: 40, y: 40 }, area?: PlacementArea): Edit {
  const taken = new Set(mission.nodes.map((n) => n.id));
  const renamed = new Map<string, string>();
  for (const node of fragment.nodes) {
    const id = freshNodeId(node.id, taken);
    taken.add(id);
    renamed.set(node.id, id);
  }
  const parents = new Map(fragment.nodes.map((n) => [n.id, n]));
  const nodes = fragment.nodes.map((node) => {
    const copy = JSON.parse(JSON.stringify(node)) as MissionNode;
    copy.id = renamed.get(node.id) as string;
    const parent = node.parentId !== undefined ? parents.get(node.parentId) : undefined;
    if (parent) copy.parentId = renamed.get(parent.id);
    else {
      delete copy.parentId;
      copy.position = { x: node.position.x + offset.x, y: node.position.y + offset.y };
    }
    return copy;
  });
  // The pasted nodes move together, to the nearest place none of them covers a node already there.
  const pastedById = new Map(nodes.map((n) => [n.id, n]));
  let shapes = nodes.filter((n) => n.parentId === undefined).map((n) => nodeRect(n, pastedById));
  const recentre = area ? offViewShift(shapes, area.view) : { x: 0, y: 0 };
  shapes = shapes.map((r) => ({ ...r, x: r.x + recentre.x, y: r.y + recentre.y }));
  const free = freeShift(occupiedRects(mission), shapes, PASTE_GRID, area);
  const shift = { x: recentre.x + free.x, y: recentre.y + free.y };
  for (const node of nodes) if (node.parentId === undefined) node.position = { x: node.position.x + shift.x, y: node.position.y + shift.y };
  const edgeIds = new Set(mission.edges.map((e) => e.id));
  const edges = fragment.edges.map((edge) => {
    const source = renamed.get(edge.source) as string;
    let id = `${source}.${edge.sourceHandle}`;
    for (let i = 2; edgeIds.has(id); i++) id = `${source}.${edge.sourceHandle}.${i}`;
    edgeIds.add(id);
    return { id, source, sourceHandle: edge.sourceHandle, target: renamed.get(edge.target) as string };
  });
  return { kind: 'add-nodes', nodes, edges };
}
