// Turns a mission into the graph elkjs lays out, and ELK's answer back into one `layout` edit. Pure: no DOM,
// no worker, so it is tested in Node with ELK's bundled build.
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Edit } from '@mission-studio/core/edit';
import type { Mission, MissionNode } from '@mission-studio/core/format';
import { outputPorts } from '@mission-studio/core/format';

/** A node's drawn size in pixels. */
export interface NodeSize {
  width: number;
  height: number;
}

/** Space for a group's title bar above its children, and a margin on the other sides. */
export const GROUP_PADDING = { top: 56, left: 32, bottom: 32, right: 32 };

const ROOT_ID = '#root';
const inPort = (id: string) => `${id}#in`;
const outPort = (id: string, port: string) => `${id}#out#${port}`;

/** Past this many flow nodes, layout favours speed over the last bit of polish (see `layoutOptions`). */
export const LARGE_MISSION = 300;

// Layered (Sugiyama) left to right: the story reads like a timeline. The same options go on every compound node,
// because ELK reads spacing and direction from each node's own parent. The gap between layers leaves room for
// the edge labels the canvas draws between columns.
const BASE_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.nodeNodeBetweenLayers': '110',
  'elk.spacing.componentComponent': '48',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  // The canvas draws its own curves, not ELK's routes: keep edge lanes well clear of nodes, so a curve that
  // roughly follows its lane does not cut through a node.
  'elk.spacing.edgeNode': '40',
  // Loops (a hub's side scenes lead back to it) are cut where a depth-first walk from the starts returns to a
  // node it came through, so the hub stays left of its scenes; the default greedy cut may put the hub last.
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  // Not 'elk.layered.considerModelOrder.strategy': with INCLUDE_CHILDREN, elkjs 0.12.1 throws inside it.
};

/**
 * Options for every graph level. A typical mission gets network-simplex placement (straighter edges) and a
 * thorough crossing search (fewer crossings); past LARGE_MISSION nodes those cost tens of seconds (long edges
 * to a shared ending add thousands of dummy nodes), so large missions get Brandes-Koepf and ELK's default effort.
 */
export function layoutOptions(flowNodes: number): LayoutOptions {
  const large = flowNodes > LARGE_MISSION;
  return {
    ...BASE_OPTIONS,
    'elk.layered.nodePlacement.strategy': large ? 'BRANDES_KOEPF' : 'NETWORK_SIMPLEX',
    'elk.layered.thoroughness': large ? '7' : '30',
  };
}

/** A size for a node before React Flow has measured it: wide enough for a title, taller with more ports. */
export function estimateNodeSize(node: MissionNode): NodeSize {
  return { width: 220, height: Math.max(56, 52 + 16 * outputPorts(node).length) };
}

/** The group each node is laid out in: its parent when that is a group (and no cycle leads back to it). */
function containers(mission: Mission): Map<string, string | undefined> {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  const parentOf = (n: MissionNode): string | undefined => {
    const parent = n.parentId === undefined ? undefined : byId.get(n.parentId);
    return parent?.type === 'group' ? parent.id : undefined;
  };
  const result = new Map<string, string | undefined>();
  for (const node of mission.nodes) {
    const seen = new Set([node.id]);
    let up = parentOf(node);
    while (up !== undefined && !seen.has(up)) {
      seen.add(up);
      up = parentOf(byId.get(up)!);
    }
    // A parent chain that loops back is broken data: lay the node out at the top level instead.
    result.set(node.id, up === undefined ? parentOf(node) : undefined);
  }
  return result;
}

function ancestry(id: string, container: Map<string, string | undefined>): string[] {
  const chain = [ROOT_ID];
  for (let up = container.get(id); up !== undefined; up = container.get(up)) chain.splice(1, 0, up);
  return chain;
}

function flowNode(node: MissionNode, size: NodeSize): ElkNode {
  const ports = outputPorts(node);
  return {
    id: node.id,
    width: size.width,
    height: size.height,
    // Output ports keep the node's own order down its east side, so choice 1's edge leaves above choice 2's.
    layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
    ports: [
      { id: inPort(node.id), layoutOptions: { 'elk.port.side': 'WEST', 'elk.port.index': '0' } },
      ...ports.map((p, i) => ({ id: outPort(node.id, p.id), layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(i + 1) } })),
    ],
  };
}

/** The ELK graph of a mission: groups as compound nodes, ports on each flow node, edges in their lowest common group. */
export function buildElkGraph(mission: Mission, sizeOf: (node: MissionNode) => NodeSize = estimateNodeSize): ElkNode {
  const container = containers(mission);
  const shared = layoutOptions(mission.nodes.filter((n) => n.type !== 'group').length);
  const grouped = mission.nodes.some((n) => container.get(n.id) !== undefined);
  // One hierarchical run when there are groups, so edges between groups decide where the groups go; it is
  // several times slower, so a mission without groups is laid out flat.
  const root: ElkNode = {
    id: ROOT_ID,
    layoutOptions: grouped ? { ...shared, 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' } : shared,
    children: [],
    edges: [],
  };
  const elk = new Map<string, ElkNode>([[ROOT_ID, root]]);
  for (const node of mission.nodes) {
    elk.set(
      node.id,
      node.type === 'group'
        ? {
            id: node.id,
            width: node.data.width,
            height: node.data.height,
            layoutOptions: { ...shared, 'elk.padding': padding() },
            children: [],
            edges: [],
          }
        : flowNode(node, sizeOf(node)),
    );
  }
  for (const node of mission.nodes) elk.get(container.get(node.id) ?? ROOT_ID)!.children!.push(elk.get(node.id)!);
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  mission.edges.forEach((edge, index) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || source.type === 'group' || target.type === 'group') return;
    const hasPort = outputPorts(source).some((p) => p.id === edge.sourceHandle);
    const elkEdge: ElkExtendedEdge = {
      id: `#edge${index}`,
      sources: [hasPort ? outPort(source.id, edge.sourceHandle) : source.id],
      targets: [inPort(target.id)],
    };
    const a = ancestry(source.id, container);
    const b = ancestry(target.id, container);
    let common = 0;
    while (common + 1 < a.length && a[common + 1] === b[common + 1]) common++;
    elk.get(a[common]!)!.edges!.push(elkEdge);
  });
  return root;
}

function padding(): string {
  const p = GROUP_PADDING;
  return `[top=${p.top},left=${p.left},bottom=${p.bottom},right=${p.right}]`;
}

/** ELK's answer as one undoable edit: every node's new position (relative to its group) and each group's size. */
export function layoutEditFrom(laidOut: ElkNode): Extract<Edit, { kind: 'layout' }> {
  const moves: Array<{ id: string; position: { x: number; y: number } }> = [];
  const groupSizes: Array<{ id: string; width: number; height: number }> = [];
  const visit = (parent: ElkNode) => {
    for (const child of parent.children ?? []) {
      moves.push({ id: child.id, position: { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) } });
      if (child.children !== undefined) {
        groupSizes.push({ id: child.id, width: Math.round(child.width ?? 0), height: Math.round(child.height ?? 0) });
        visit(child);
      }
    }
  };
  visit(laidOut);
  return { kind: 'layout', moves, groupSizes };
}
