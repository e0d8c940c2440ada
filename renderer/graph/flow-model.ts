import type { Edge, Node } from '@xyflow/react';
import type { Mission, MissionEdge, MissionNode } from '@mission-studio/core/format';
import { outputPorts, type Port } from '@mission-studio/core/format';
import { edgeLabels } from '@mission-studio/core/graph';
import { castNames, contentLine, fitLines, fitText, type NameLookup } from '@mission-studio/core/graph';
import { CONTENT_FIT, contentLinesFor, FLOW_NODE_WIDTH, flowNodeHeight, PORT_FIT, TITLE_FIT } from '@mission-studio/core/graph';
import type { Diagnostic, Severity } from '@mission-studio/core/validate';
import { flowNodeHandles } from './node-geometry';

/** How many problems a node has and the worst of them, for its badge. */
export interface ProblemBadge {
  count: number;
  severity: Severity;
}

/** What a node component needs, computed once per change of the mission node (never per render). */
export interface MissionNodeData extends Record<string, unknown> {
  node: MissionNode;
  /** The title, cut to fit its row. */
  title: string;
  /** The full content line, and `summary`, the same cut to fit its row (lines joined by newlines). */
  content: string;
  summary: string;
  contentLines: number;
  ports: Port[];
  /** Each port's label, cut to fit beside its handle. */
  portLabels: string[];
  /** Start nodes begin the flow and groups only frame it: neither takes an incoming edge. */
  hasInput: boolean;
  badge: ProblemBadge | null;
  /** The cast names the content line was made with; a new cast list makes it stale. */
  names: NameLookup;
}

/** A React Flow node for a mission node: `mission` for flow nodes, `missionGroup` for frames. */
export type MissionFlowNode = Node<MissionNodeData, 'mission' | 'missionGroup'>;

/** What an edge remembers, so an unchanged edge keeps its React Flow object. */
export interface MissionEdgeData extends Record<string, unknown> {
  edge: MissionEdge;
}

/** A React Flow edge for a mission edge. */
export type MissionFlowEdge = Edge<MissionEdgeData>;

/** Everything the canvas's nodes depend on. */
export interface FlowNodeInputs {
  mission: Mission;
  badges: ReadonlyMap<string, ProblemBadge>;
  selected: ReadonlySet<string>;
  /** A node just revealed (Problems panel, find), drawn with a brief highlight. */
  highlight: string | null;
}

/** Everything the canvas's edges depend on. */
export interface FlowEdgeInputs {
  mission: Mission;
  selected: ReadonlySet<string>;
  /**
   * Whether edges carry their labels (default true). Far out they would be specks, and each one React Flow
   * draws costs a measurement (getBBox) as it scrolls into view.
   */
  labels?: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Problem counts per node id, with the worst severity of each. */
export function countProblems(diagnostics: readonly Diagnostic[]): Map<string, ProblemBadge> {
  const badges = new Map<string, ProblemBadge>();
  for (const d of diagnostics) {
    if (d.nodeId === undefined) continue;
    const badge = badges.get(d.nodeId);
    if (!badge) badges.set(d.nodeId, { count: 1, severity: d.severity });
    else {
      badge.count++;
      if (RANK[d.severity] > RANK[badge.severity]) badge.severity = d.severity;
    }
  }
  return badges;
}

const sameBadge = (a: ProblemBadge | null, b: ProblemBadge | null): boolean =>
  a === b || (a !== null && b !== null && a.count === b.count && a.severity === b.severity);

// Derived lookups are cached per mission array: the mission is immutable, so the array's identity is its version.
const orderCache = new WeakMap<readonly MissionNode[], readonly MissionNode[]>();
const namesCache = new WeakMap<Mission['cast'], NameLookup>();
const byIdCache = new WeakMap<readonly MissionNode[], ReadonlyMap<string, MissionNode>>();

function nodesById(nodes: readonly MissionNode[]): ReadonlyMap<string, MissionNode> {
  let map = byIdCache.get(nodes);
  if (!map) byIdCache.set(nodes, (map = new Map(nodes.map((n) => [n.id, n]))));
  return map;
}

function namesOf(mission: Mission): NameLookup {
  let names = namesCache.get(mission.cast);
  if (!names) namesCache.set(mission.cast, (names = castNames(mission)));
  return names;
}

/** The parent a node can be drawn inside: an existing group, else none (React Flow would warn and misplace it). */
function frameOf(node: MissionNode, byId: ReadonlyMap<string, MissionNode>): string | undefined {
  if (node.parentId === undefined) return undefined;
  return byId.get(node.parentId)?.type === 'group' ? node.parentId : undefined;
}

/**
 * The nodes with every group before its children, as React Flow requires. Returns the same array when it is
 * already in order (the usual case); a parent cycle, which the schema cannot rule out, is broken arbitrarily.
 */
export function parentFirst(nodes: readonly MissionNode[]): readonly MissionNode[] {
  const cached = orderCache.get(nodes);
  if (cached) return cached;
  const byId = nodesById(nodes);
  const seen = new Set<string>();
  let ordered = true;
  for (const node of nodes) {
    const parent = frameOf(node, byId);
    if (parent !== undefined && !seen.has(parent)) ordered = false;
    seen.add(node.id);
  }
  let result: readonly MissionNode[] = nodes;
  if (!ordered) {
    const out: MissionNode[] = [];
    const placed = new Set<string>();
    const visiting = new Set<string>();
    const place = (node: MissionNode): void => {
      if (placed.has(node.id) || visiting.has(node.id)) return;
      visiting.add(node.id);
      const parent = frameOf(node, byId);
      if (parent !== undefined) place(byId.get(parent) as MissionNode);
      placed.add(node.id);
      out.push(node);
    };
    nodes.forEach(place);
    result = out;
  }
  orderCache.set(nodes, result);
  return result;
}

function describeNode(node: MissionNode, names: NameLookup, badge: ProblemBadge | null): MissionNodeData {
  const content = contentLine(node, names);
  const ports = outputPorts(node);
  const lines = content === '' ? [] : fitLines(content, CONTENT_FIT.width, CONTENT_FIT.fontSize, contentLinesFor(node.type));
  return {
    node,
    title: fitText(node.title, TITLE_FIT.width, TITLE_FIT.fontSize),
    content,
    summary: lines.join('\n'),
    contentLines: lines.length,
    ports,
    portLabels: ports.map((p) => fitText(p.label, PORT_FIT.width, PORT_FIT.fontSize)),
    hasInput: node.type !== 'start' && node.type !== 'group',
    badge,
    names,
  };
}

const samePortIds = (a: readonly Port[], b: readonly Port[]): boolean => a.length === b.length && a.every((p, i) => p.id === b[i]?.id);

function buildNode(
  node: MissionNode,
  prev: MissionFlowNode | undefined,
  inputs: FlowNodeInputs,
  names: NameLookup,
  parentId: string | undefined,
): MissionFlowNode {
  const badge = inputs.badges.get(node.id) ?? null;
  const dataReusable = prev !== undefined && prev.data.node === node && prev.data.names === names;
  const data: MissionNodeData = dataReusable
    ? prev.data.badge === badge || sameBadge(prev.data.badge, badge)
      ? prev.data
      : { ...prev.data, badge }
    : describeNode(node, names, badge);
  const flowNode: MissionFlowNode = {
    id: node.id,
    type: node.type === 'group' ? 'missionGroup' : 'mission',
    // A node being dragged keeps the position React Flow gave it until the drop commits the move.
    position: prev?.dragging ? prev.position : node.position,
    data,
    selected: inputs.selected.has(node.id),
  };
  if (parentId !== undefined) flowNode.parentId = parentId;
  // Sizes and handles known in advance (node-geometry.ts): React Flow draws the node and its edges at once and
  // its later measurement finds nothing to change. Groups take their size from the file.
  if (node.type === 'group') flowNode.measured = { width: node.data.width, height: node.data.height };
  else {
    // A node whose rows are unchanged keeps what it had, which may be React Flow's own measurement.
    const reuse =
      prev !== undefined &&
      samePortIds(prev.data.ports, data.ports) &&
      prev.data.contentLines === data.contentLines &&
      prev.data.hasInput === data.hasInput;
    flowNode.measured =
      reuse && prev.measured ? prev.measured : { width: FLOW_NODE_WIDTH, height: flowNodeHeight(data.contentLines, data.ports.length) };
    flowNode.handles =
      reuse && prev.handles
        ? prev.handles
        : flowNodeHandles(
            data.hasInput,
            data.ports.map((p) => p.id),
            data.contentLines,
          );
  }
  if (prev?.dragging) flowNode.dragging = true;
  if (inputs.highlight === node.id) flowNode.className = 'is-revealed';
  if (node.type === 'group') {
    flowNode.width = node.data.width;
    flowNode.height = node.data.height;
    flowNode.dragHandle = '.group-label';
  }
  return flowNode;
}

function reusable(
  prev: MissionFlowNode | undefined,
  node: MissionNode,
  inputs: FlowNodeInputs,
  names: NameLookup,
  parentId: string | undefined,
): prev is MissionFlowNode {
  return (
    prev !== undefined &&
    prev.data.node === node &&
    prev.data.names === names &&
    prev.parentId === parentId &&
    (prev.selected ?? false) === inputs.selected.has(node.id) &&
    (prev.className === 'is-revealed') === (inputs.highlight === node.id) &&
    sameBadge(prev.data.badge, inputs.badges.get(node.id) ?? null)
  );
}

/**
 * The React Flow nodes for a mission, reusing every node object of `previous` whose mission node, badge,
 * selection and highlight are unchanged: React Flow then skips those nodes entirely, which keeps a 1,000-node
 * mission fast. Returns `previous` itself when nothing changed.
 */
export function syncFlowNodes(previous: readonly MissionFlowNode[], inputs: FlowNodeInputs): MissionFlowNode[] {
  const names = namesOf(inputs.mission);
  const nodes = parentFirst(inputs.mission.nodes);
  const byId = nodesById(inputs.mission.nodes);
  const prevById = new Map(previous.map((n) => [n.id, n]));
  let same = previous.length === nodes.length;
  const next = nodes.map((node, i) => {
    const prev = prevById.get(node.id);
    const parentId = frameOf(node, byId);
    const flowNode = reusable(prev, node, inputs, names, parentId) ? prev : buildNode(node, prev, inputs, names, parentId);
    if (flowNode !== previous[i]) same = false;
    return flowNode;
  });
  return same ? (previous as MissionFlowNode[]) : next;
}

const NO_LABELS: ReadonlyMap<string, string> = new Map();

// One marker object for all edges: React Flow makes one <marker> per distinct marker.
const ARROW = { type: 'arrowclosed', width: 16, height: 16 } as const;

/** The class that colours a fight's outcome edges (won, lost, ...); other edges have none. */
const edgeClass = (edge: MissionEdge, source: MissionNode): string | undefined =>
  source.type === 'combat' ? `edge-${edge.sourceHandle}` : undefined;

function buildEdge(edge: MissionEdge, className: string | undefined, selected: boolean, label: string | undefined): MissionFlowEdge {
  const flowEdge: MissionFlowEdge = {
    id: edge.id,
    source: edge.source,
    sourceHandle: edge.sourceHandle,
    target: edge.target,
    data: { edge },
    selected,
    markerEnd: ARROW as MissionFlowEdge['markerEnd'],
  };
  if (label !== undefined) flowEdge.label = label;
  if (className !== undefined) flowEdge.className = className;
  return flowEdge;
}

/**
 * The React Flow edges for a mission, reusing unchanged edge objects of `previous`. Edges whose ends are
 * missing are left out (the validator reports them as dangling); returns `previous` when nothing changed.
 */
export function syncFlowEdges(previous: readonly MissionFlowEdge[], inputs: FlowEdgeInputs): MissionFlowEdge[] {
  const byId = nodesById(inputs.mission.nodes);
  const prevById = new Map(previous.map((e) => [e.id, e]));
  const labels = inputs.labels === false ? NO_LABELS : edgeLabels(inputs.mission);
  const next: MissionFlowEdge[] = [];
  let same = true;
  for (const edge of inputs.mission.edges) {
    const source = byId.get(edge.source);
    if (!source || !byId.has(edge.target)) continue;
    const selected = inputs.selected.has(edge.id);
    const prev = prevById.get(edge.id);
    const label = labels.get(edge.id);
    const className = edgeClass(edge, source);
    // Only what the edge is drawn from counts: a moved or edited source node leaves its edges' objects alone
    // (React Flow then rebuilds none of its edge lookups on a drag).
    const flowEdge =
      prev && prev.data?.edge === edge && prev.className === className && prev.label === label && (prev.selected ?? false) === selected
        ? prev
        : buildEdge(edge, className, selected, label);
    if (flowEdge !== previous[next.length]) same = false;
    next.push(flowEdge);
  }
  return same && next.length === previous.length ? (previous as MissionFlowEdge[]) : next;
}
