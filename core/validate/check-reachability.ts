import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';
import { nodePath } from './mission-index';

/** Marks every node reachable from `seeds` along `next`, iteratively (no recursion on deep graphs). */
function flood(seeds: number[], next: number[][], size: number): Uint8Array {
  const seen = new Uint8Array(size);
  const stack = [...seeds];
  for (const s of seeds) seen[s] = 1;
  while (stack.length > 0) {
    const n = stack.pop() as number;
    for (const m of next[n] ?? []) {
      if (!seen[m]) {
        seen[m] = 1;
        stack.push(m);
      }
    }
  }
  return seen;
}

/**
 * `unreachable-node`: no path from any start. `no-ending`: no `end` can be reached from the node. A node whose
 * flow only stops at a dead end is left to the `dead-end` error, which names the real fault; `no-ending` is for
 * flows that loop forever.
 */
export function checkReachability({ mission, successors, ports, portEdges }: MissionIndex): Diagnostic[] {
  const nodes = mission.nodes;
  const size = nodes.length;
  const starts: number[] = [];
  const exits: number[] = [];
  const predecessors: number[][] = nodes.map(() => []);
  successors.forEach((list, n) => {
    for (const m of list) predecessors[m]?.push(n);
  });
  nodes.forEach((node, n) => {
    if (node.type === 'start') starts.push(n);
    const open = ports[n]?.some((p) => !portEdges[n]?.has(p.id)) ?? false;
    if (node.type === 'end' || open) exits.push(n);
  });
  const reached = flood(starts, successors, size);
  const finishes = flood(exits, predecessors, size);
  const out: Diagnostic[] = [];
  nodes.forEach((node, n) => {
    if (node.type === 'group') return;
    if (!reached[n] && starts.length > 0) {
      out.push({
        code: 'unreachable-node',
        severity: 'warning',
        message: `'${node.id}' cannot be reached from any start`,
        nodeId: node.id,
        path: nodePath(n),
      });
    }
    if (!finishes[n]) {
      out.push({
        code: 'no-ending',
        severity: 'error',
        message: `no ending can be reached from '${node.id}': its flow loops forever`,
        nodeId: node.id,
        path: nodePath(n),
      });
    }
  });
  return out;
}
