/**
 * One-time hub options that are pure detours: taking one runs only narration nodes and comes back to the same
 * hub, so all it changes is its own once-bit. The search need not enumerate the orders (nor the sets) of them
 * (see README, "Detours"): this finds them, statically and conservatively.
 */
import { KIND_HUB, KIND_NARRATION, type CompiledMission } from '../compile/compiled-mission.types';

/** The detour ports of a mission. */
export interface DetourPorts {
  /** 1 per flat port that is a detour. */
  isDetour: Uint8Array;
  /** Per node: its detour ports as a bit set of local port indices (only for nodes with at most 31 ports). */
  localMask: Int32Array;
  /** Per flat port: the narration nodes a detour runs through (empty for other ports). */
  path: readonly (readonly number[])[];
  /** How many detour ports there are (0: nothing to reduce). */
  count: number;
}

/**
 * A port is a detour when it is a `once` hub option with no condition (so listing it can never fail, and
 * whether it is used changes nothing but its own offer) whose edge leads through narration nodes only (they
 * read and write nothing) back to its own hub, none of them named by visited() nor the `watchNode`.
 */
export function findDetourPorts(cm: CompiledMission, watchNode = -1): DetourPorts {
  const ports = cm.portIds.length;
  const isDetour = new Uint8Array(ports);
  const localMask = new Int32Array(cm.nodeCount);
  const path: number[][] = Array.from({ length: ports }, () => []);
  let count = 0;
  for (let hub = 0; hub < cm.nodeCount; hub++) {
    if (cm.kind[hub] !== KIND_HUB) continue;
    const first = cm.portStart[hub] as number;
    for (let flat = first; flat < (cm.portStart[hub + 1] as number); flat++) {
      if ((cm.portOnce[flat] as number) < 0 || cm.portCondition[flat] !== null) continue;
      const nodes = narrationPathBack(cm, cm.portTarget[flat] as number, hub, watchNode);
      if (nodes === null) continue;
      isDetour[flat] = 1;
      path[flat] = nodes;
      if (flat - first < 31) localMask[hub] = (localMask[hub] as number) | (1 << (flat - first));
      count++;
    }
  }
  return { isDetour, localMask, path, count };
}

/** The narration nodes from `node` on until the run re-enters `hub`, or null when it goes anywhere else. */
function narrationPathBack(cm: CompiledMission, node: number, hub: number, watchNode: number): number[] | null {
  const nodes: number[] = [];
  let n = node;
  // A chain longer than the mission has nodes loops without coming back.
  while (n !== hub) {
    if (n < 0 || cm.kind[n] !== KIND_NARRATION || n === watchNode || (cm.trackIndex[n] as number) >= 0 || nodes.length >= cm.nodeCount)
      return null;
    nodes.push(n);
    n = cm.portTarget[cm.portStart[n] as number] as number;
  }
  return nodes;
}
