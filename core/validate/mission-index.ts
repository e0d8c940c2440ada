import { outputPorts, type Port } from '../format/ports';
import type { Mission, MissionNode } from '../format/mission.types';

/** Lookup tables over a schema-valid mission, built once per validation and shared by the checks. */
export interface MissionIndex {
  mission: Mission;
  /** Node id -> index of its first occurrence in `mission.nodes`. */
  nodeIndex: Map<string, number>;
  /** Output ports per node index. */
  ports: Port[][];
  /** Per node index: port id -> indices of the edges leaving it (only edges whose source exists). */
  portEdges: Array<Map<string, number[]>>;
  /** Per node index: target node indices of its valid edges (source, port and target all exist). */
  successors: number[][];
  /** Edge indices that are valid (their source, port and target exist and the target is a flow node). */
  validEdge: Uint8Array;
}

/** Builds the lookup tables; never throws on a schema-valid mission, whatever its ids and edges. */
export function indexMission(mission: Mission): MissionIndex {
  const nodes = mission.nodes;
  const nodeIndex = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, i);
  });
  const ports = nodes.map((node) => outputPorts(node));
  const portEdges = nodes.map(() => new Map<string, number[]>());
  const successors: number[][] = nodes.map(() => []);
  const validEdge = new Uint8Array(mission.edges.length);
  const portSets = ports.map((list) => new Set(list.map((p) => p.id)));
  mission.edges.forEach((edge, e) => {
    const s = nodeIndex.get(edge.source);
    if (s === undefined) return;
    const byPort = portEdges[s] as Map<string, number[]>;
    const list = byPort.get(edge.sourceHandle);
    if (list) list.push(e);
    else byPort.set(edge.sourceHandle, [e]);
    const t = nodeIndex.get(edge.target);
    if (t === undefined || !portSets[s]?.has(edge.sourceHandle) || (nodes[t] as MissionNode).type === 'group') return;
    validEdge[e] = 1;
    successors[s]?.push(t);
  });
  return { mission, nodeIndex, ports, portEdges, successors, validEdge };
}

/** JSON pointer of a node. */
export const nodePath = (index: number): string => `/nodes/${index}`;
/** JSON pointer of an edge. */
export const edgePath = (index: number): string => `/edges/${index}`;
