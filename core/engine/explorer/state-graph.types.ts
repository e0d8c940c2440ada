/** The explored state graph's shape, shared by the search (explore-graph.ts) and the analysis. */
import type { CancelSignal } from '../cancel';
import type { StateStore } from './state-store';

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
  /**
   * With `GraphOptions.watchNode`: the first transition (in BFS order) that entered that node, after which the
   * search stopped; `from` is -1 for a faction's opening run (then `port` is the faction's index).
   */
  watchHit: { from: number; port: number } | null;
}

/** Limits and hooks for one search. */
export interface GraphOptions {
  maxStates: number;
  onProgress?: (states: number, expanded: number) => void;
  /** Read every 4,096 expanded states; once aborted, the search throws `CancelledError`. */
  signal?: CancelSignal;
  /**
   * Read with `now` every 4,096 expanded states: past it, the search stops and the graph is partial (states
   * not yet expanded count as able to go on), so what it found still holds.
   */
  deadline?: { at: number; now: () => number; reason: string };
  /** Stop as soon as a transition enters this node index (a witness search); the graph is then partial. */
  watchNode?: number;
  /** Memoize kernel calls on the state bits they read (default true; false checks the memo against the kernel). */
  memo?: boolean;
  /**
   * Take one-time detours only when nothing else is on offer (default true; false enumerates every order of
   * them, which the property tests compare against). README, "Detours", says why this is sound.
   */
  reduce?: boolean;
}
