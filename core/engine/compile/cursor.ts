/** The step kernel's working state: a mutable, array-based form of a run, cheap to copy and to pack. */
import type { Value } from '../../format/mission.types';
import type { CompiledMission, VisitedReader } from './compiled-mission.types';

/** Where a run stands, as the kernel sees it. The simulator and the explorer each convert to and from it. */
export interface Cursor {
  /** Current node index: where the player must act, the end reached, or where an error stopped the run. */
  node: number;
  /** Variable values by slot. */
  vars: Value[];
  /** 1 per tracked node (see `trackIndex`) once it has been entered. */
  visited: Uint8Array;
  /** 1 per once-option that has been taken. */
  once: Uint8Array;
  /** Reads `visited`; made once per cursor so compiled expressions get a stable function. */
  readVisited: VisitedReader;
  /** Why the last kernel call stopped with an error. */
  error: string | null;
  /** When set, the kernel marks every node it enters (the explorer's reached-node set). */
  entered: Uint8Array | null;
}

/** A cursor at no node, with every variable at its initial value and the given faction. */
export function createCursor(cm: CompiledMission, faction: string): Cursor {
  const visited = new Uint8Array(cm.trackedNodes.length);
  const vars = cm.slots.map((s) => s.initial);
  if (cm.slots[cm.factionSlot]?.readOnly) vars[cm.factionSlot] = faction;
  return {
    node: -1,
    vars,
    visited,
    once: new Uint8Array(cm.onceKeys.length),
    readVisited: (t) => visited[t] === 1,
    error: null,
    entered: null,
  };
}

/** Makes `to` equal to `from` without allocating (both must come from the same compiled mission). */
export function copyCursor(from: Cursor, to: Cursor): void {
  to.node = from.node;
  const n = from.vars.length;
  for (let i = 0; i < n; i++) to.vars[i] = from.vars[i] as Value;
  // Plain loops: these arrays are tiny, and typed-array `set` costs more than it saves at this size.
  const visited = from.visited;
  for (let i = 0; i < visited.length; i++) to.visited[i] = visited[i] as number;
  const once = from.once;
  for (let i = 0; i < once.length; i++) to.once[i] = once[i] as number;
  to.error = from.error;
}
