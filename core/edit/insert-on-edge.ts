/**
 * Splitting an edge with a new node: `source.port -> target` becomes `source.port -> node -> target`. The
 * node must have exactly one output port (a narration, a set, an objective). Returned as edits for one undo
 * step (apply them with one coalesce key).
 */
import type { Mission, MissionEdge, MissionNode } from '../format/mission.types';
import { outputPorts } from '../format/ports';
import type { Edit } from './edit.types';

/** Node types that can sit on an edge: one way in, one way out. */
export const INSERTABLE_TYPES = ['narration', 'set', 'objective'] as const;

/** An edge id not used in the mission, named after its source and port as the canvas names new edges. */
function freshEdgeId(taken: Set<string>, source: string, port: string): string {
  const base = `${source}.${port}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/** The edits that put `node` (new, not yet in the mission) on edge `edgeId`; null when that cannot be done. */
export function insertOnEdge(mission: Mission, edgeId: string, node: MissionNode): Edit[] | null {
  const edge = mission.edges.find((e) => e.id === edgeId);
  const ports = outputPorts(node);
  const out = ports[0];
  if (!edge || ports.length !== 1 || !out || mission.nodes.some((n) => n.id === node.id)) return null;
  const taken = new Set(mission.edges.map((e) => e.id));
  taken.delete(edge.id); // the split edge goes away first: its id is free for the first half
  const into: MissionEdge = { id: edge.id, source: edge.source, sourceHandle: edge.sourceHandle, target: node.id };
  const onward: MissionEdge = { id: freshEdgeId(taken, node.id, out.id), source: node.id, sourceHandle: out.id, target: edge.target };
  return [
    { kind: 'delete', nodeIds: [], edgeIds: [edge.id] },
    { kind: 'add-nodes', nodes: [node], edges: [into, onward] },
  ];
}
