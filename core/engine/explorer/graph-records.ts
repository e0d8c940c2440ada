/**
 * What the search writes down: states (interned), their flags and parent pointers, successors as CSR arrays,
 * error messages, and why the search stopped short. The search (explore-graph.ts) decides what to expand;
 * this only records.
 */
import { STOP_END, STOP_INPUT, type StopCode } from '../compile/step';
import { GrowableInt32, GrowableUint8 } from './growable';
import { STATE_END, STATE_ERROR, STATE_OPEN } from './state-graph.types';
import { StateStore } from './state-store';

/** The state graph as the search builds it. */
export class GraphRecords {
  readonly store: StateStore;
  readonly flags = new GrowableUint8(1 << 12);
  readonly parent = new GrowableInt32(1 << 12);
  readonly parentPort = new GrowableInt32(1 << 12);
  readonly truncated = new GrowableUint8(1 << 12);
  readonly succStart = new GrowableInt32(1 << 12);
  readonly succ = new GrowableInt32(1 << 14);
  readonly messages = new Map<number, string>();
  /** Why the search stopped short, or null. */
  incomplete: string | null = null;
  private readonly endState: Int32Array;
  private readonly errorState = new Map<string, number>();
  private readonly zero: Int32Array;
  private readonly maxStates: number;

  constructor(words: number, nodeCount: number, maxStates: number) {
    this.store = new StateStore(words);
    this.endState = new Int32Array(nodeCount).fill(-1);
    this.zero = new Int32Array(words);
    this.maxStates = maxStates;
  }

  /** `addResult` for a one-word open state given as its word. */
  addOpen(key: number, from: number, port: number): number {
    const store = this.store;
    const index = store.internKey(key, store.count < this.maxStates);
    if (index < 0) this.incomplete ??= `stopped at the cap of ${this.maxStates} states`;
    else if (store.added) this.record(STATE_OPEN, from, port);
    return index;
  }

  /** The index of a kernel result (adding it when new), or -1 when it could not be stored. */
  addResult(code: StopCode, node: number, error: string | null, keys: Int32Array, at: number, from: number, port: number): number {
    const store = this.store;
    if (code === STOP_INPUT) {
      // At the cap, known states are still found but new ones are not stored.
      const index = store.internAt(keys, at, store.count < this.maxStates);
      if (index < 0) this.incomplete ??= `stopped at the cap of ${this.maxStates} states`;
      else if (store.added) this.record(STATE_OPEN, from, port);
      return index;
    }
    // Endings and errors are final: one state per end node, and one per node and message.
    const zero = this.zero;
    zero[0] = node;
    if (code === STOP_END) {
      let index = this.endState[node] as number;
      if (index < 0) {
        index = store.append(zero);
        this.endState[node] = index;
        this.record(STATE_END, from, port);
      }
      return index;
    }
    const message = error ?? 'the run stopped';
    const key = `${node}\u0000${message}`;
    let index = this.errorState.get(key);
    if (index === undefined) {
      index = store.append(zero);
      this.errorState.set(key, index);
      this.messages.set(index, message);
      this.record(STATE_ERROR, from, port);
    }
    return index;
  }

  /** Adds successor `j` of the state being expanded, or marks `s` truncated when `j` could not be stored. */
  link(s: number, j: number): void {
    if (j >= 0) this.succ.push(j);
    else this.truncated.data[s] = 1;
  }

  private record(flag: number, from: number, port: number): void {
    this.flags.push(flag);
    this.parent.push(from);
    this.parentPort.push(port);
    this.truncated.push(0);
  }
}
