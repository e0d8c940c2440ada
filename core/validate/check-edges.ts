import { outputPorts } from '../format/ports';
import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';
import { edgePath, nodePath } from './mission-index';

function dangling(index: MissionIndex, e: number): Diagnostic[] {
  const { mission, nodeIndex, portStart, portIdList } = index;
  const edge = mission.edges[e] as (typeof mission.edges)[number];
  const out: Diagnostic[] = [];
  const push = (message: string, field: string, nodeId?: string): void => {
    out.push({ code: 'dangling-edge', severity: 'error', message, edgeId: edge.id, nodeId, path: `${edgePath(e)}/${field}` });
  };
  const s = index.edgeSource[e] as number;
  if (s < 0) push(`edge '${edge.id}' leaves node '${edge.source}', which does not exist`, 'source');
  else if ((index.edgePort[e] as number) < 0) {
    const names = portIdList.slice(portStart[s], portStart[s + 1]).join(', ') || 'none';
    push(
      `edge '${edge.id}' leaves port '${edge.sourceHandle}', which node '${edge.source}' does not have (its ports: ${names})`,
      'sourceHandle',
      edge.source,
    );
  }
  if (!nodeIndex.has(edge.target)) push(`edge '${edge.id}' enters node '${edge.target}', which does not exist`, 'target');
  else if ((index.edgeTarget[e] as number) < 0)
    push(`edge '${edge.id}' enters group '${edge.target}'; groups are frames, not steps`, 'target');
  return out;
}

/** `dangling-edge` (missing node, unknown port, or a group as target) and `ambiguous-port` (two edges, one port). */
export function checkEdges(index: MissionIndex): Diagnostic[] {
  const { mission, edgeSource, edgePort, edgeTarget, firstEdge, portIdList } = index;
  const out: Diagnostic[] = [];
  for (let e = 0; e < mission.edges.length; e++) {
    if ((edgeSource[e] as number) < 0 || (edgePort[e] as number) < 0 || (edgeTarget[e] as number) < 0) out.push(...dangling(index, e));
  }
  for (const e of index.extraEdges) {
    const port = edgePort[e] as number;
    const node = mission.nodes[edgeSource[e] as number];
    out.push({
      code: 'ambiguous-port',
      severity: 'error',
      message: `port '${portIdList[port]}' of '${node?.id}' has more than one edge; only the first ('${mission.edges[firstEdge[port] as number]?.id}') would be followed`,
      nodeId: node?.id,
      edgeId: mission.edges[e]?.id,
      path: edgePath(e),
    });
  }
  return out;
}

/** `dead-end`: an output port with no edge, on any node but `end` (which has none). */
export function checkDeadEnds({ mission, portStart, firstEdge }: MissionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let n = 0; n < mission.nodes.length; n++) {
    for (let p = portStart[n] as number; p < (portStart[n + 1] as number); p++) {
      if ((firstEdge[p] as number) >= 0) continue;
      const node = mission.nodes[n] as (typeof mission.nodes)[number];
      const port = outputPorts(node)[p - (portStart[n] as number)];
      if (!port) continue;
      const what = port.id === port.label ? `port '${port.id}'` : `port '${port.id}' ("${port.label}")`;
      out.push({
        code: 'dead-end',
        severity: 'error',
        message: `${what} of '${node.id}' leads nowhere: connect it to a node`,
        nodeId: node.id,
        path: nodePath(n) + port.subPath,
      });
    }
  }
  return out;
}
