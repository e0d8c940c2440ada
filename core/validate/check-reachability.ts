import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';
import { nodePath } from './mission-index';

/** Marks every node reachable from the seeds over a CSR adjacency, iteratively (no recursion on deep graphs). */
function flood(seen: Uint8Array, stack: Int32Array, top: number, start: Int32Array, list: Int32Array): void {
  while (top > 0) {
    const n = stack[--top] as number;
    for (let i = start[n] as number; i < (start[n + 1] as number); i++) {
      const m = list[i] as number;
      if (!seen[m]) {
        seen[m] = 1;
        stack[top++] = m;
      }
    }
  }
}

/**
 * `unreachable-node`: no path from any start. `no-ending`: no `end` can be reached from the node. A node whose
 * flow only stops at a dead end is left to the `dead-end` error, which names the real fault; `no-ending` is for
 * flows that loop forever.
 */
export function checkReachability({ mission, successorStart, successorList, portStart, firstEdge }: MissionIndex): Diagnostic[] {
  const nodes = mission.nodes;
  const size = nodes.length;
  // Predecessors as CSR, from the successor lists.
  const predecessorStart = new Int32Array(size + 1);
  for (let i = 0; i < successorList.length; i++) {
    const at = (successorList[i] as number) + 1;
    predecessorStart[at] = (predecessorStart[at] as number) + 1;
  }
  for (let n = 0; n < size; n++) predecessorStart[n + 1] = (predecessorStart[n + 1] as number) + (predecessorStart[n] as number);
  const predecessorList = new Int32Array(successorList.length);
  const fill = predecessorStart.slice(0, size);
  for (let n = 0; n < size; n++) {
    for (let i = successorStart[n] as number; i < (successorStart[n + 1] as number); i++)
      predecessorList[(fill[successorList[i] as number] as number)++] = n;
  }
  const reached = new Uint8Array(size);
  const finishes = new Uint8Array(size);
  const stack = new Int32Array(size);
  let starts = 0;
  let top = 0;
  for (let n = 0; n < size; n++) {
    if (nodes[n]?.type === 'start') {
      reached[n] = 1;
      stack[top++] = n;
      starts++;
    }
  }
  flood(reached, stack, top, successorStart, successorList);
  top = 0;
  for (let n = 0; n < size; n++) {
    let exit = nodes[n]?.type === 'end';
    for (let p = portStart[n] as number; !exit && p < (portStart[n + 1] as number); p++) exit = (firstEdge[p] as number) < 0;
    if (exit) {
      finishes[n] = 1;
      stack[top++] = n;
    }
  }
  flood(finishes, stack, top, predecessorStart, predecessorList);
  const out: Diagnostic[] = [];
  for (let n = 0; n < size; n++) {
    const node = nodes[n] as (typeof nodes)[number];
    if (node.type === 'group') continue;
    if (!reached[n] && starts > 0) {
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
  }
  return out;
}
