import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';
import { edgePath, nodePath } from './mission-index';

/** `dangling-edge` (missing node, unknown port, or a group as target) and `ambiguous-port` (two edges, one port). */
export function checkEdges({ mission, nodeIndex, ports, portEdges }: MissionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  mission.edges.forEach((edge, e) => {
    const at = { edgeId: edge.id, path: edgePath(e) };
    const s = nodeIndex.get(edge.source);
    const t = nodeIndex.get(edge.target);
    const dangling = (message: string, field: string, nodeId?: string): void => {
      out.push({ code: 'dangling-edge', severity: 'error', message, ...at, nodeId, path: `${at.path}/${field}` });
    };
    if (s === undefined) dangling(`edge '${edge.id}' leaves node '${edge.source}', which does not exist`, 'source');
    else if (!ports[s]?.some((p) => p.id === edge.sourceHandle)) {
      const names = ports[s]?.map((p) => p.id).join(', ') || 'none';
      dangling(`edge '${edge.id}' leaves port '${edge.sourceHandle}', which node '${edge.source}' does not have (its ports: ${names})`, 'sourceHandle', edge.source);
    }
    if (t === undefined) dangling(`edge '${edge.id}' enters node '${edge.target}', which does not exist`, 'target');
    else if (mission.nodes[t]?.type === 'group') dangling(`edge '${edge.id}' enters group '${edge.target}'; groups are frames, not steps`, 'target');
  });
  portEdges.forEach((byPort, n) => {
    const node = mission.nodes[n];
    for (const [port, edges] of byPort) {
      if (edges.length < 2 || !ports[n]?.some((p) => p.id === port)) continue;
      for (const e of edges.slice(1)) {
        out.push({
          code: 'ambiguous-port',
          severity: 'error',
          message: `port '${port}' of '${node?.id}' has more than one edge; only the first ('${mission.edges[edges[0] as number]?.id}') would be followed`,
          nodeId: node?.id,
          edgeId: mission.edges[e]?.id,
          path: edgePath(e),
        });
      }
    }
  });
  return out;
}

/** `dead-end`: an output port with no edge, on any node but `end` (which has none). */
export function checkDeadEnds({ mission, ports, portEdges }: MissionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  ports.forEach((list, n) => {
    const node = mission.nodes[n];
    if (!node) return;
    for (const port of list) {
      if (portEdges[n]?.has(port.id)) continue;
      const what = port.id === port.label ? `port '${port.id}'` : `port '${port.id}' ("${port.label}")`;
      out.push({
        code: 'dead-end',
        severity: 'error',
        message: `${what} of '${node.id}' leads nowhere: connect it to a node`,
        nodeId: node.id,
        path: nodePath(n) + port.subPath,
      });
    }
  });
  return out;
}
