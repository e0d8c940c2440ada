import { Position, type NodeHandle } from '@xyflow/react';
import { createContext } from 'react';
import type { MissionFlowEdge, MissionFlowNode } from './flow-model';

/** A collapsed act's box, in flow px: room for its title, the toggle and a line of counts. */
export const COLLAPSED_ACT = { width: 360, height: 72 };
/** The handles a collapsed act's box carries: every way into its nodes, and every way out of them. */
export const ACT_IN = 'act-in';
export const ACT_OUT = 'act-out';
const HANDLE = 8;

/** What a collapsed act's box says about what it holds. */
export interface ActSummary {
  nodes: number;
  waysIn: number;
  waysOut: number;
}

/** The canvas as drawn with some acts collapsed: the nodes and edges to hand React Flow, and each box's counts. */
export interface CollapsedView {
  nodes: MissionFlowNode[];
  edges: MissionFlowEdge[];
  summaries: ReadonlyMap<string, ActSummary>;
}

const NO_SUMMARIES: ReadonlyMap<string, ActSummary> = new Map();

// Left middle in, right middle out, where React Flow's CSS draws a left or right handle.
const BOX_HANDLES: NodeHandle[] = [
  {
    id: ACT_IN,
    type: 'target',
    position: Position.Left,
    x: -HANDLE / 2,
    y: COLLAPSED_ACT.height / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    id: ACT_OUT,
    type: 'source',
    position: Position.Right,
    x: COLLAPSED_ACT.width - HANDLE / 2,
    y: COLLAPSED_ACT.height / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

/**
 * The collapsed acts that hide a node (every collapsed group around it, nested ones too): what must be expanded
 * before the node can be shown. Empty when nothing hides it.
 */
export function actsHiding(nodes: readonly MissionFlowNode[], nodeId: string, collapsed: ReadonlySet<string>): string[] {
  if (collapsed.size === 0) return [];
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const result: string[] = [];
  const seen = new Set<string>();
  for (let p = parentOf.get(nodeId); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
    seen.add(p);
    if (collapsed.has(p)) result.push(p);
  }
  return result;
}

/** The outermost collapsed group around each node that has one (a collapsed act inside a collapsed act hides too). */
function hiddenBy(nodes: readonly MissionFlowNode[], collapsed: ReadonlySet<string>): Map<string, string> {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const result = new Map<string, string>();
  for (const node of nodes) {
    let outermost: string | undefined;
    const seen = new Set<string>();
    for (let p = node.parentId; p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      seen.add(p);
      if (collapsed.has(p)) outermost = p;
    }
    if (outermost !== undefined) result.set(node.id, outermost);
  }
  return result;
}

/**
 * The canvas with the `collapsed` acts (group ids) each drawn as one box: the nodes inside are hidden, and the
 * edges into and out of them are drawn to the box (one edge per way through, labelled "3 ways" when several
 * share it); edges wholly inside are not drawn. View state only: the mission is untouched. With nothing
 * collapsed it returns its inputs as they are, so the canvas pays nothing for it.
 */
export function collapseActs(nodes: MissionFlowNode[], edges: MissionFlowEdge[], collapsed: ReadonlySet<string>): CollapsedView {
  const boxes = new Set(nodes.filter((n) => n.type === 'missionGroup' && collapsed.has(n.id)).map((n) => n.id));
  if (boxes.size === 0) return { nodes, edges, summaries: NO_SUMMARIES };
  const hidden = hiddenBy(nodes, boxes);
  const summaries = new Map<string, ActSummary>();
  const summaryOf = (id: string): ActSummary => {
    let s = summaries.get(id);
    if (!s) summaries.set(id, (s = { nodes: 0, waysIn: 0, waysOut: 0 }));
    return s;
  };
  const shownNodes = nodes.map((node) => {
    const box = hidden.get(node.id);
    if (box !== undefined) {
      if (node.type === 'mission') summaryOf(box).nodes++;
      return { ...node, hidden: true };
    }
    if (!boxes.has(node.id)) return node;
    summaryOf(node.id);
    const { width, height } = COLLAPSED_ACT;
    return {
      ...node,
      width,
      height,
      measured: { width, height },
      handles: BOX_HANDLES,
      className: node.className ? `${node.className} collapsed-act` : 'collapsed-act',
    };
  });

  const shownEdges: MissionFlowEdge[] = [];
  const merged = new Map<string, { edge: MissionFlowEdge; count: number }>();
  for (const edge of edges) {
    const from = hidden.get(edge.source);
    const to = hidden.get(edge.target);
    if (from === undefined && to === undefined) {
      shownEdges.push(edge);
      continue;
    }
    if (from !== undefined && from === to) continue;
    const source = from ?? edge.source;
    const sourceHandle = from === undefined ? edge.sourceHandle : ACT_OUT;
    const target = to ?? edge.target;
    const key = `${source}\n${sourceHandle ?? ''}\n${target}`;
    // The counts are of the mission's ways through (two choices to one place are two ways), not of drawn edges.
    if (from !== undefined) summaryOf(from).waysOut++;
    if (to !== undefined) summaryOf(to).waysIn++;
    const seen = merged.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    const rerouted: MissionFlowEdge = { ...edge, source, sourceHandle, target };
    if (to !== undefined) rerouted.targetHandle = ACT_IN;
    // A choice's label names a port inside the box; out of a box, the edge is just "a way out".
    if (from !== undefined) delete rerouted.label;
    const entry = { edge: rerouted, count: 1 };
    merged.set(key, entry);
    shownEdges.push(rerouted);
  }
  for (const { edge, count } of merged.values()) if (count > 1) edge.label = `${count} ways`;
  return { nodes: shownNodes, edges: shownEdges, summaries };
}

/** What a group's frame needs to draw its collapse toggle and, collapsed, its counts. */
export interface CollapsedActs {
  collapsed: ReadonlySet<string>;
  summaries: ReadonlyMap<string, ActSummary>;
  toggle(groupId: string): void;
}

/** The collapsed acts, for the group frames (only groups read it, so a toggle redraws only them). */
export const CollapsedActsContext = createContext<CollapsedActs>({
  collapsed: new Set(),
  summaries: NO_SUMMARIES,
  toggle: () => undefined,
});
