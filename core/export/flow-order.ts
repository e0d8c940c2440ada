/**
 * The order a reader meets a mission's nodes: breadth-first from the start nodes along each node's output
 * ports in port order, endings held back to the end of the walk, then every node no start reaches, in file
 * order. Acts are the group frames, placed where the first of their members falls; nodes outside any group
 * stay where they fall. Endings wait because a defeat reaches its ending early: in Second Wave the first
 * fight's defeat would otherwise pull the whole "Endings" act ahead of the space battle.
 */
import type { GroupNode, Mission, MissionNode } from '../format/mission.types';
import { isFlowNode, outputPorts } from '../format/ports';
import { missionLinks, type MissionLinks } from './mission-links';

/** A group and its member nodes in reading order, or (group null) a run of nodes outside any group. */
export interface Act {
  group: GroupNode | null;
  nodes: MissionNode[];
}

/** A mission in reading order. */
export interface FlowOrder {
  /** Every flow node (groups are frames, not nodes here) exactly once: reached ones first, endings last of those. */
  nodes: MissionNode[];
  /** The nodes some start node leads to. */
  reached: ReadonlySet<MissionNode>;
  /** The acts in reading order; groups with no members come last, in file order. */
  acts: Act[];
}

/** The reading order; with `faction`, that faction's start comes first, then `any` starts, then the others. */
export function flowOrder(mission: Mission, options: { faction?: string } = {}, links: MissionLinks = missionLinks(mission)): FlowOrder {
  const reachedOrder = breadthFirst(startNodes(mission, options.faction), links);
  const reached = new Set(reachedOrder);
  const nodes = [...reachedOrder, ...mission.nodes.filter((n) => isFlowNode(n) && !reached.has(n))];
  return { nodes, reached, acts: groupIntoActs(mission, nodes, links) };
}

function startNodes(mission: Mission, faction: string | undefined): MissionNode[] {
  const starts = mission.nodes.filter((n) => n.type === 'start');
  if (faction === undefined) return starts;
  const rank = (n: MissionNode): number => (n.type !== 'start' ? 2 : n.data.faction === faction ? 0 : n.data.faction === 'any' ? 1 : 2);
  // Array.prototype.sort is stable, so each rank keeps file order.
  return starts.sort((a, b) => rank(a) - rank(b));
}

/** One breadth-first walk from all starts at once, so two factions' openings read side by side. */
function breadthFirst(starts: readonly MissionNode[], links: MissionLinks): MissionNode[] {
  const seen = new Set<MissionNode>(starts);
  const order = [...seen];
  const endings: MissionNode[] = [];
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as MissionNode;
    for (const port of outputPorts(node)) {
      const next = links.target(node.id, port.id);
      if (next === undefined || seen.has(next) || !isFlowNode(next)) continue;
      seen.add(next);
      (next.type === 'end' ? endings : order).push(next);
    }
  }
  return [...order, ...endings];
}

function groupIntoActs(mission: Mission, nodes: readonly MissionNode[], links: MissionLinks): Act[] {
  const groupOf = (node: MissionNode): GroupNode | null => {
    const parent = node.parentId === undefined ? undefined : links.byId.get(node.parentId);
    return parent?.type === 'group' ? parent : null;
  };
  const members = new Map<GroupNode, MissionNode[]>();
  for (const node of nodes) {
    const group = groupOf(node);
    if (group === null) continue;
    const list = members.get(group);
    if (list) list.push(node);
    else members.set(group, [node]);
  }
  const acts: Act[] = [];
  const placed = new Set<GroupNode>();
  for (const node of nodes) {
    const group = groupOf(node);
    const last = acts[acts.length - 1];
    if (group === null) {
      if (last && last.group === null) last.nodes.push(node);
      else acts.push({ group: null, nodes: [node] });
    } else if (!placed.has(group)) {
      placed.add(group);
      acts.push({ group, nodes: members.get(group) ?? [] });
    }
  }
  for (const node of mission.nodes) {
    if (node.type === 'group' && !placed.has(node)) acts.push({ group: node, nodes: [] });
  }
  return acts;
}
