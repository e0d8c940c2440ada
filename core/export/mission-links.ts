/**
 * Where each port of a mission leads, by the engine's rules: when ids repeat the first node wins, and a port
 * follows the first of its edges (in `edges` order) whose target exists. Exports read the graph through this
 * so that a script or a voice sheet shows the mission the player would play.
 */
import type { Mission, MissionEdge, MissionNode } from '../format/mission.types';

/** Look-ups over a mission's nodes and edges, built once per export. */
export interface MissionLinks {
  /** The first node with each id. */
  byId: ReadonlyMap<string, MissionNode>;
  /** The edges leaving a node id, in `edges` order. */
  from(nodeId: string): readonly MissionEdge[];
  /** The node a port leads to, or undefined when no edge leaves it for a node that exists. */
  target(nodeId: string, portId: string): MissionNode | undefined;
}

const NONE: readonly MissionEdge[] = [];

/** Builds the look-ups in one pass over the nodes and one over the edges. */
export function missionLinks(mission: Mission): MissionLinks {
  const byId = new Map<string, MissionNode>();
  for (const node of mission.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const bySource = new Map<string, MissionEdge[]>();
  const targets = new Map<string, MissionNode>();
  for (const edge of mission.edges) {
    const list = bySource.get(edge.source);
    if (list) list.push(edge);
    else bySource.set(edge.source, [edge]);
    const key = `${edge.source}\u0000${edge.sourceHandle}`;
    const target = byId.get(edge.target);
    if (target && !targets.has(key)) targets.set(key, target);
  }
  return {
    byId,
    from: (nodeId) => bySource.get(nodeId) ?? NONE,
    target: (nodeId, portId) => targets.get(`${nodeId}\u0000${portId}`),
  };
}
