/**
 * Breadth-first search over every reachable state, run by the same step kernel as the simulator. States are
 * numbered in the order found, which is also the BFS queue, so successors come out as CSR arrays for free and
 * parent pointers give shortest witnesses.
 */
import type { CompiledMission } from '../compile/compiled-mission.types';
import { copyCursor, createCursor, type Cursor } from '../compile/cursor';
import { findStartNode } from '../compile/inputs';
import { listPorts, runFrom, STOP_END, STOP_ERROR, takePort, type StopCode } from '../compile/step';
import { GrowableInt32, GrowableUint8 } from './growable';
import { MAX_FIELD_BITS, type StateCodec } from './state-codec';
import { StateStore } from './state-store';

// Local aliases of imports used per transition: CommonJS transpilers (tsx) turn imported bindings into
// getter calls, which cost more than the work itself in this loop.
const END_STOP = STOP_END;
const ERROR_STOP = STOP_ERROR;
const copy = copyCursor;
const list = listPorts;
const take = takePort;

/** A state where the player must act. */
export const STATE_OPEN = 0;
/** An `end` node (one state per end node). */
export const STATE_END = 1;
/** The kernel stopped with an error (one state per node and message). */
export const STATE_ERROR = 2;
/** An open state where a condition failed while listing the inputs. */
export const STATE_LIST_ERROR = 3;
/** An open state with no input available: stuck. */
export const STATE_STUCK = 4;

/** The explored state graph. Arrays are longer than needed: read only the first `store.count` entries. */
export interface StateGraph {
  store: StateStore;
  /** STATE_* per state. */
  flags: Uint8Array;
  /** Parent state per state; -1 for a start state. */
  parent: Int32Array;
  /** The local port taken from the parent; for a start state, the index of its faction. */
  parentPort: Int32Array;
  /** Successors of state i are succ[succStart[i] .. succStart[i+1]) (duplicates kept). */
  succStart: Int32Array;
  succ: Int32Array;
  /** States that were expanded (all below this index); the rest were found but not expanded. */
  expanded: number;
  /** 1 for states with an input whose resulting state was not stored (state cap or full field). */
  truncated: Uint8Array;
  /** Error message per STATE_ERROR / STATE_LIST_ERROR state. */
  messages: Map<number, string>;
  /** 1 per node entered by any run. */
  entered: Uint8Array;
  /** 1 per flat port offered in some expanded state. */
  portEnabled: Uint8Array;
  transitions: number;
  /** Why the search stopped short, or null. */
  incomplete: string | null;
  /** Slot whose field filled up, when the caller may widen it and search again (then nothing else is valid). */
  overflowSlot: number;
  /** Factions that have no start node. */
  factionsWithoutStart: string[];
}

/** Limits and hooks for one search. */
export interface GraphOptions {
  maxStates: number;
  onProgress?: (states: number, expanded: number) => void;
}

/** Explores from each faction's start. */
export function exploreGraph(
  cm: CompiledMission,
  codec: StateCodec,
  factions: readonly string[],
  options: GraphOptions,
): StateGraph {
  const store = new StateStore(codec.words);
  const flags = new GrowableUint8();
  const parent = new GrowableInt32();
  const parentPort = new GrowableInt32();
  const truncated = new GrowableUint8();
  const succStart = new GrowableInt32();
  const succ = new GrowableInt32();
  const messages = new Map<number, string>();
  const entered = new Uint8Array(cm.nodeCount);
  const portEnabled = new Uint8Array(cm.portIds.length);
  const endState = new Int32Array(cm.nodeCount).fill(-1);
  const errorState = new Map<string, number>();
  const buf = new Int32Array(codec.words);
  const zero = new Int32Array(codec.words);
  const graph = {
    incomplete: null as string | null,
    overflowSlot: -1,
    factionsWithoutStart: [] as string[],
  };

  const record = (flag: number, from: number, port: number): void => {
    flags.push(flag);
    parent.push(from);
    parentPort.push(port);
    truncated.push(0);
  };

  /** The state index the cursor stopped in, adding it when new; -1 when it could not be stored. */
  const addState = (c: Cursor, code: StopCode, from: number, port: number): number => {
    if (code === END_STOP) {
      let index = endState[c.node] as number;
      if (index < 0) {
        zero[0] = c.node;
        index = store.append(zero);
        zero[0] = 0;
        endState[c.node] = index;
        record(STATE_END, from, port);
      }
      return index;
    }
    if (code === ERROR_STOP) {
      const key = `${c.node}\u0000${c.error ?? ''}`;
      let index = errorState.get(key);
      if (index === undefined) {
        zero[0] = c.node;
        index = store.append(zero);
        zero[0] = 0;
        errorState.set(key, index);
        messages.set(index, c.error ?? 'the run stopped');
        record(STATE_ERROR, from, port);
      }
      return index;
    }
    if (!codec.pack(c, buf)) {
      const slot = codec.overflowSlot;
      const bits = codec.slotBits[slot] ?? MAX_FIELD_BITS;
      // A field that can still widen aborts the search (the caller retries); a field at full width is capped.
      if (bits < MAX_FIELD_BITS) graph.overflowSlot = slot;
      else graph.incomplete ??= `variable "${cm.slots[slot]?.name}" takes more than ${2 ** bits} values (unbounded?)`;
      return -1;
    }
    // At the cap, known states are still found but new ones are not stored.
    const index = store.intern(buf, store.count < options.maxStates);
    if (index < 0) graph.incomplete ??= `stopped at the cap of ${options.maxStates} states`;
    else if (store.added) record(STATE_OPEN, from, port);
    return index;
  };

  const base = createCursor(cm, factions[0] ?? '');
  const work = createCursor(cm, factions[0] ?? '');
  base.entered = entered;
  work.entered = entered;

  factions.forEach((faction, fi) => {
    const start = findStartNode(cm, faction);
    if (start < 0) {
      graph.factionsWithoutStart.push(faction);
      return;
    }
    const c = createCursor(cm, faction);
    c.entered = entered;
    addState(c, runFrom(cm, c, start, null), -1, fi);
  });

  let widest = 1;
  for (let n = 0; n < cm.nodeCount; n++) widest = Math.max(widest, (cm.portStart[n + 1] as number) - (cm.portStart[n] as number));
  const ports = new Int32Array(widest);
  let i = 0;
  for (; i < store.count; i++) {
    if (graph.overflowSlot >= 0) break;
    succStart.push(succ.length);
    if (flags.data[i] !== STATE_OPEN) continue;
    codec.unpack(store.data, i * codec.words, base);
    const count = list(cm, base, ports);
    if (count <= 0) {
      flags.data[i] = count < 0 ? STATE_LIST_ERROR : STATE_STUCK;
      if (count < 0) messages.set(i, base.error ?? 'a condition failed');
      continue;
    }
    const first = cm.portStart[base.node] as number;
    for (let k = 0; k < count; k++) {
      const p = ports[k] as number;
      portEnabled[first + p] = 1;
      copy(base, work);
      const j = addState(work, take(cm, work, p, null), i, p);
      if (j >= 0) succ.push(j);
      else truncated.data[i] = 1;
    }
    if (options.onProgress && (i & 0xffff) === 0xffff) options.onProgress(store.count, i + 1);
  }
  succStart.push(succ.length);

  return {
    store,
    flags: flags.data,
    parent: parent.data,
    parentPort: parentPort.data,
    succStart: succStart.data,
    succ: succ.data,
    expanded: i,
    truncated: truncated.data,
    messages,
    entered,
    portEnabled,
    transitions: succ.length,
    incomplete: graph.incomplete,
    overflowSlot: graph.overflowSlot,
    factionsWithoutStart: graph.factionsWithoutStart,
  };
}
