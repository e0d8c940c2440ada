/** The step kernel's working state: a mutable, array-based form of a run, cheap to copy and to pack. */
import type { Value } from '../../format/mission.types';
import type { CompiledMission, VisitedReader } from './compiled-mission.types';

/** How many written slots a cursor remembers before it just says "many" (see `Cursor.written`). */
const WRITE_LOG_SIZE = 32;

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
  /**
   * Slots written since `clearChanges` (repeats allowed); past its length only `writtenCount` grows. The
   * explorer re-packs and restores just these instead of the whole state.
   */
  written: Int32Array;
  writtenCount: number;
  /** A visited flag or once-option changed since `clearChanges`. */
  flagsChanged: boolean;
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
    written: new Int32Array(WRITE_LOG_SIZE),
    writtenCount: 0,
    flagsChanged: false,
  };
}

/** Forgets which slots and flags changed. */
function clearChanges(c: Cursor): void {
  c.writtenCount = 0;
  c.flagsChanged = false;
}

/** Makes `to` equal to `from` without allocating (both must come from the same compiled mission). */
export function copyCursor(from: Cursor, to: Cursor): void {
  to.node = from.node;
  const n = from.vars.length;
  for (let i = 0; i < n; i++) to.vars[i] = from.vars[i] as Value;
  copyFlags(from, to);
  to.error = from.error;
  clearChanges(to);
}

function copyFlags(from: Cursor, to: Cursor): void {
  // Plain loops: these arrays are tiny, and typed-array `set` costs more than it saves at this size.
  const visited = from.visited;
  for (let i = 0; i < visited.length; i++) to.visited[i] = visited[i] as number;
  const once = from.once;
  for (let i = 0; i < once.length; i++) to.once[i] = once[i] as number;
}

/**
 * Undoes what the kernel changed in `work` since it was a copy of `from` (and its changes were cleared):
 * only the written slots and, when they changed, the flags. Much cheaper than a full copy per transition.
 */
export function restoreCursor(from: Cursor, work: Cursor): void {
  const count = work.writtenCount;
  if (count > work.written.length) {
    copyCursor(from, work);
    return;
  }
  const written = work.written;
  for (let k = 0; k < count; k++) {
    const s = written[k] as number;
    work.vars[s] = from.vars[s] as Value;
  }
  if (work.flagsChanged) copyFlags(from, work);
  work.node = from.node;
  work.error = from.error;
  clearChanges(work);
}
