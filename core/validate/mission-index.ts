import { portIds } from '../format/ports';
import type { Mission, MissionNode } from '../format/mission.types';

/**
 * Lookup tables over a schema-valid mission, built once per validation and shared by the checks. Flat typed
 * arrays rather than a Map per node: validation runs on every keystroke and must stay fast at 10,000 nodes.
 */
export interface MissionIndex {
  mission: Mission;
  /** Node id -> index of its first occurrence in `mission.nodes`. */
  nodeIndex: Map<string, number>;
  /** Indices of nodes whose id an earlier node already has. */
  duplicateNodes: number[];
  /** Ports of node n are `portIdList[portStart[n] .. portStart[n + 1])`. */
  portStart: Int32Array;
  portIdList: string[];
  /** Per port: the first edge leaving it, or -1. */
  firstEdge: Int32Array;
  /** Per edge: its source node, its port (index into portIdList), its target node; -1 when missing. */
  edgeSource: Int32Array;
  edgePort: Int32Array;
  edgeTarget: Int32Array;
  /** Edges that repeat a port another edge already leaves from. */
  extraEdges: number[];
  /** Successors of node n (valid edges only) are `successorList[successorStart[n] .. successorStart[n + 1])`. */
  successorStart: Int32Array;
  successorList: Int32Array;
}

// The same ports as `portIds` in core/format/ports.ts, pushed straight into the flat list: this runs for every
// node on every keystroke, and skipping the per-node arrays is a tenth of the validation time at 10,000 nodes.
function pushPortIds(node: MissionNode, out: string[]): void {
  switch (node.type) {
    case 'dialog':
      for (const c of node.data.choices) out.push(c.id);
      return;
    case 'hub':
      for (const o of node.data.options) out.push(o.id);
      out.push('continue');
      return;
    case 'branch':
      for (const c of node.data.cases) out.push(c.id);
      out.push('else');
      return;
    default: {
      const ids = portIds(node);
      for (let p = 0; p < ids.length; p++) out.push(ids[p] as string);
    }
  }
}

/** Builds the lookup tables; never throws on a schema-valid mission, whatever its ids and edges. */
export function indexMission(mission: Mission): MissionIndex {
  const { nodes, edges } = mission;
  const nodeCount = nodes.length;
  const nodeIndex = new Map<string, number>();
  const duplicateNodes: number[] = [];
  const portStart = new Int32Array(nodeCount + 1);
  const portIdList: string[] = [];
  for (let n = 0; n < nodeCount; n++) {
    const node = nodes[n] as Mission['nodes'][number];
    if (nodeIndex.has(node.id)) duplicateNodes.push(n);
    else nodeIndex.set(node.id, n);
    portStart[n] = portIdList.length;
    pushPortIds(node, portIdList);
  }
  portStart[nodeCount] = portIdList.length;
  const firstEdge = new Int32Array(portIdList.length).fill(-1);
  const edgeSource = new Int32Array(edges.length);
  const edgePort = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  const extraEdges: number[] = [];
  const outDegree = new Int32Array(nodeCount);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as Mission['edges'][number];
    const s = nodeIndex.get(edge.source) ?? -1;
    let port = -1;
    if (s >= 0) {
      for (let p = portStart[s] as number; p < (portStart[s + 1] as number); p++) {
        if (portIdList[p] === edge.sourceHandle) {
          port = p;
          break;
        }
      }
    }
    let t = nodeIndex.get(edge.target) ?? -1;
    if (t >= 0 && nodes[t]?.type === 'group') t = -1;
    edgeSource[e] = s;
    edgePort[e] = port;
    edgeTarget[e] = t;
    if (port < 0) continue;
    if (firstEdge[port] === -1) firstEdge[port] = e;
    else extraEdges.push(e);
    if (t >= 0) outDegree[s] = (outDegree[s] as number) + 1;
  }
  const successorStart = new Int32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) successorStart[n + 1] = (successorStart[n] as number) + (outDegree[n] as number);
  const successorList = new Int32Array(successorStart[nodeCount] as number);
  const fill = successorStart.slice(0, nodeCount);
  for (let e = 0; e < edges.length; e++) {
    const s = edgeSource[e] as number;
    if ((edgePort[e] as number) < 0 || (edgeTarget[e] as number) < 0) continue;
    successorList[(fill[s] as number)++] = edgeTarget[e] as number;
  }
  return {
    mission,
    nodeIndex,
    duplicateNodes,
    portStart,
    portIdList,
    firstEdge,
    edgeSource,
    edgePort,
    edgeTarget,
    extraEdges,
    successorStart,
    successorList,
  };
}

/** JSON pointer of a node. */
export const nodePath = (index: number): string => `/nodes/${index}`;
/** JSON pointer of an edge. */
export const edgePath = (index: number): string => `/edges/${index}`;
