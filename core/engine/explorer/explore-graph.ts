/**
 * Breadth-first search over every reachable state, run by the same step kernel as the simulator. States are
 * numbered in the order found, which is also the BFS queue, so successors come out as CSR arrays for free and
 * parent pointers give shortest witnesses.
 */
import { throwIfCancelled } from '../cancel';
import type { CompiledMission } from '../compile/compiled-mission.types';
import { copyCursor, createCursor, restoreCursor, type Cursor } from '../compile/cursor';
import { findStartNode } from '../compile/inputs';
import { listPorts, runFrom, STOP_END, STOP_INPUT, takePort, type StopCode } from '../compile/step';
import { GrowableInt32, GrowableUint8 } from './growable';
import { buildMemoMasks, type MemoMasks } from './memo-masks';
import { PairMemo } from './pair-memo';
import { MAX_FIELD_BITS, type StateCodec } from './state-codec';
import {
  STATE_END,
  STATE_ERROR,
  STATE_LIST_ERROR,
  STATE_OPEN,
  STATE_STUCK,
  type GraphOptions,
  type StateGraph,
} from './state-graph.types';
import { StateStore } from './state-store';

/** Memoized kernel calls need at least one hit in four to pay for their look-ups; checked this often. */
const MEMO_CHECK_EVERY = 1 << 16;

/** The memo of listing and taking inputs for one-word states (see memo-masks.ts). */
interface KernelMemo {
  masks: MemoMasks;
  /** (node, listed bits) -> bit set of the open local ports. */
  list: PairMemo;
  /** (flat port, read bits) -> (bits the call writes, their values); an ending stores (0, end node). */
  take: PairMemo;
  lookups: number;
  hits: number;
  /** A few recent `take` entries per flat port, direct-mapped (writes 0: empty); small enough to stay in cache. */
  recentKey: Int32Array;
  recentWrites: Int32Array;
  recentSet: Int32Array;
}

/** Recent entries kept per flat port (a power of two). */
const RECENT_PER_PORT = 8;

/** Explores from each faction's start. */
export function exploreGraph(
  cm: CompiledMission,
  codec: StateCodec,
  factions: readonly string[],
  options: GraphOptions,
): StateGraph {
  return new GraphSearch(cm, codec, options).run(factions);
}

class GraphSearch {
  private readonly store: StateStore;
  private readonly flags = new GrowableUint8(1 << 12);
  private readonly parent = new GrowableInt32(1 << 12);
  private readonly parentPort = new GrowableInt32(1 << 12);
  private readonly truncated = new GrowableUint8(1 << 12);
  private readonly succStart = new GrowableInt32(1 << 12);
  private readonly succ = new GrowableInt32(1 << 14);
  private readonly messages = new Map<number, string>();
  private readonly entered: Uint8Array;
  private readonly portEnabled: Uint8Array;
  private readonly endState: Int32Array;
  private readonly errorState = new Map<string, number>();
  private readonly buf: Int32Array;
  private readonly zero: Int32Array;
  private incomplete: string | null = null;
  private overflowSlot = -1;
  private readonly factionsWithoutStart: string[] = [];
  private readonly ports: Int32Array;
  /** The node a witness search waits for (-1: none), and the transition that first entered it. */
  private readonly watch: number;
  private watchHit: { from: number; port: number } | null = null;
  /** The state `base` holds (-1: none yet), so the next one only needs its differences unpacked. */
  private unpacked = -1;
  /** Null for states wider than one word, when asked (`GraphOptions.memo`), or when it stopped paying. */
  private memo: KernelMemo | null;

  private readonly cm: CompiledMission;
  private readonly codec: StateCodec;
  private readonly options: GraphOptions;
  /** The state being expanded, and a copy the kernel changes (and `restore` puts back) per input. */
  private readonly base: Cursor;
  private readonly work: Cursor;

  constructor(cm: CompiledMission, codec: StateCodec, options: GraphOptions) {
    this.cm = cm;
    this.codec = codec;
    this.options = options;
    this.store = new StateStore(codec.words);
    this.entered = new Uint8Array(cm.nodeCount);
    this.base = createCursor(cm, '');
    this.work = createCursor(cm, '');
    this.base.entered = this.entered;
    this.work.entered = this.entered;
    this.portEnabled = new Uint8Array(cm.portIds.length);
    this.endState = new Int32Array(cm.nodeCount).fill(-1);
    this.buf = new Int32Array(codec.words);
    this.zero = new Int32Array(codec.words);
    let widest = 1;
    for (let n = 0; n < cm.nodeCount; n++) widest = Math.max(widest, (cm.portStart[n + 1] as number) - (cm.portStart[n] as number));
    this.ports = new Int32Array(widest);
    this.watch = options.watchNode ?? -1;
    this.memo =
      codec.words === 1 && options.memo !== false
        ? {
            masks: buildMemoMasks(cm, codec),
            list: new PairMemo(),
            take: new PairMemo(),
            lookups: 0,
            hits: 0,
            recentKey: new Int32Array(cm.portIds.length * RECENT_PER_PORT),
            recentWrites: new Int32Array(cm.portIds.length * RECENT_PER_PORT),
            recentSet: new Int32Array(cm.portIds.length * RECENT_PER_PORT),
          }
        : null;
  }

  run(factions: readonly string[]): StateGraph {
    const { cm, store } = this;
    factions.forEach((faction, fi) => {
      const start = findStartNode(cm, faction);
      if (start < 0) {
        this.factionsWithoutStart.push(faction);
        return;
      }
      const c = createCursor(cm, faction);
      c.entered = this.entered;
      const code = runFrom(cm, c, start, null);
      if (this.watchHit === null && this.watch >= 0 && this.entered[this.watch] === 1) this.watchHit = { from: -1, port: fi };
      if (code === STOP_INPUT && !this.codec.pack(c, this.buf)) this.noteOverflow();
      else this.addResult(code, c.node, c.error, this.buf, 0, -1, fi);
    });
    let i = 0;
    for (; i < store.count && this.overflowSlot < 0 && this.watchHit === null; i++) {
      this.succStart.push(this.succ.length);
      this.expand(i);
      if ((i & 0xfff) === 0xfff && !this.between(i + 1)) {
        i++;
        break;
      }
    }
    this.succStart.push(this.succ.length);
    return {
      store,
      flags: this.flags.data,
      parent: this.parent.data,
      parentPort: this.parentPort.data,
      succStart: this.succStart.data,
      succ: this.succ.data,
      expanded: i,
      truncated: this.truncated.data,
      messages: this.messages,
      entered: this.entered,
      portEnabled: this.portEnabled,
      transitions: this.succ.length,
      incomplete: this.incomplete,
      overflowSlot: this.overflowSlot,
      factionsWithoutStart: this.factionsWithoutStart,
      watchHit: this.watchHit,
    };
  }

  /**
   * Between batches of 4,096 expanded states: stop if cancelled (a few milliseconds late at most), report
   * progress every 65,536 (a Worker posts each report; more often would only cost). False once past the deadline.
   */
  private between(expanded: number): boolean {
    throwIfCancelled(this.options.signal, 'the search');
    if (this.options.onProgress && (expanded & 0xffff) === 0) this.options.onProgress(this.store.count, expanded);
    const deadline = this.options.deadline;
    if (deadline !== undefined && deadline.now() > deadline.at) {
      this.incomplete ??= deadline.reason;
      return false;
    }
    return true;
  }

  /** Sets `base` to state `s` and `work` to a copy. */
  private load(s: number): void {
    const { codec, store, base } = this;
    if (codec.words === 1 && this.unpacked >= 0) codec.unpackChanges(store.data[s] as number, store.data[this.unpacked] as number, base);
    else codec.unpack(store.data, s * codec.words, base);
    this.unpacked = s;
    copyCursor(base, this.work);
  }

  /** Records where each input of state `s` leads. */
  private expand(s: number): void {
    if (this.flags.data[s] !== STATE_OPEN) return;
    const memo = this.memo;
    if (memo === null) this.expandByKernel(s);
    else {
      this.expandByMemo(s, memo);
      if (memo.lookups >= MEMO_CHECK_EVERY) {
        if (memo.hits * 4 < memo.lookups) this.memo = null;
        memo.lookups = 0;
        memo.hits = 0;
      }
    }
  }

  /**
   * `expandByKernel` for one-word states, through the memo: a listing or a transition seen before (same node
   * or port, same bits read) is a look-up and some bit arithmetic; the kernel runs only on a miss.
   */
  private expandByMemo(s: number, memo: KernelMemo): void {
    const { cm, codec, store, ports } = this;
    const word = store.data[s] as number;
    const node = word & codec.nodeMask;
    const first = cm.portStart[node] as number;
    if ((cm.portStart[node + 1] as number) - first > 31) {
      this.expandByKernel(s); // more ports than bits in the memo's port set
      return;
    }
    const { takeReads, listReads } = memo.masks;
    let loaded = false;
    let open: number;
    const listKey = word & (listReads[node] as number);
    if (memo.list.find(node, listKey)) open = memo.list.x;
    else {
      this.load(s);
      loaded = true;
      const count = listPorts(cm, this.base, ports);
      if (count < 0) {
        this.flags.data[s] = STATE_LIST_ERROR;
        this.messages.set(s, this.base.error ?? 'a condition failed');
        return;
      }
      open = 0;
      for (let k = 0; k < count; k++) open |= 1 << (ports[k] as number);
      memo.list.add(node, listKey, open, 0);
    }
    if (open === 0) {
      this.flags.data[s] = STATE_STUCK;
      return;
    }
    const portEnabled = this.portEnabled;
    const succ = this.succ;
    const take = memo.take;
    const { recentKey, recentWrites, recentSet } = memo;
    for (let rest = open; rest !== 0; rest &= rest - 1) {
      const p = 31 - Math.clz32(rest & -rest);
      const flat = first + p;
      portEnabled[flat] = 1;
      const key = word & (takeReads[flat] as number);
      memo.lookups++;
      let j: number;
      const r = flat * RECENT_PER_PORT + (Math.imul(key, 0x9e3779b1) >>> 29);
      if (recentWrites[r] !== 0 && recentKey[r] === key) {
        memo.hits++;
        j = this.addOpen((word & ~(recentWrites[r] as number)) | (recentSet[r] as number), s, p);
      } else if (take.find(flat, key)) {
        memo.hits++;
        const writes = take.x;
        if (writes !== 0) {
          recentKey[r] = key;
          recentWrites[r] = writes;
          recentSet[r] = take.y;
        }
        j = writes === 0 ? this.addResult(STOP_END, take.y, null, this.buf, 0, s, p) : this.addOpen((word & ~writes) | take.y, s, p);
      } else {
        if (!loaded) this.load(s);
        loaded = true;
        j = this.takeAndRemember(s, word, p, flat, key, takeReads[flat] as number, take);
        if (this.watchHit !== null) return;
      }
      if (j >= 0) succ.push(j);
      else this.truncated.data[s] = 1;
    }
  }

  /** Takes local port `p` of state `s` (loaded in `work`) with the kernel, and memoizes what it did. */
  private takeAndRemember(s: number, word: number, p: number, flat: number, key: number, reads: number, memo: PairMemo): number {
    const { cm, codec, base, work } = this;
    const code = takePort(cm, work, p, null);
    let j = -1;
    if (this.watch >= 0 && this.entered[this.watch] === 1) this.watchHit = { from: s, port: p };
    else if (code === STOP_INPUT) {
      const next = codec.packChangesOne(word, work);
      if (codec.failed) this.noteOverflow();
      else {
        if (work.writtenCount <= work.written.length) {
          // The node, everything the run read or may set (equal inputs there give equal outputs), the slots it
          // wrote, and the once-option it used up.
          let writes = codec.nodeMask | reads | codec.onceBit(cm.portOnce[flat] as number);
          for (let k = 0; k < work.writtenCount; k++) writes |= codec.slotBitsMask(work.written[k] as number);
          memo.add(flat, key, writes, next & writes);
        }
        j = this.addOpen(next, s, p);
      }
    } else {
      if (code === STOP_END) memo.add(flat, key, 0, work.node);
      j = this.addResult(code, work.node, work.error, this.buf, 0, s, p);
    }
    restoreCursor(base, work);
    return j;
  }

  /** Runs the kernel for every input of state `s` and records where each leads. */
  private expandByKernel(s: number): void {
    const { cm, codec, store, ports, base, work, buf } = this;
    const words = codec.words;
    const flags = this.flags.data;
    if (words === 1 && this.unpacked >= 0) codec.unpackChanges(store.data[s] as number, store.data[this.unpacked] as number, base);
    else codec.unpack(store.data, s * words, base);
    this.unpacked = s;
    const count = listPorts(cm, base, ports);
    if (count <= 0) {
      flags[s] = count < 0 ? STATE_LIST_ERROR : STATE_STUCK;
      if (count < 0) this.messages.set(s, base.error ?? 'a condition failed');
      return;
    }
    copyCursor(base, work);
    const first = cm.portStart[base.node] as number;
    const portEnabled = this.portEnabled;
    const succ = this.succ;
    const watch = this.watch;
    // One-word states (the common case) are packed and interned as plain ints, with no buffer in between.
    const oneWord = words === 1;
    const word = store.data[s] as number;
    for (let k = 0; k < count; k++) {
      const p = ports[k] as number;
      portEnabled[first + p] = 1;
      const code = takePort(cm, work, p, null);
      if (watch >= 0 && this.entered[watch] === 1) {
        // A witness search: the first transition into the watched node is all it wanted.
        this.watchHit = { from: s, port: p };
        restoreCursor(base, work);
        return;
      }
      let j = -1;
      if (code !== STOP_INPUT) j = this.addResult(code, work.node, work.error, buf, 0, s, p);
      else if (oneWord) {
        const key = codec.packChangesOne(word, work);
        if (codec.failed) this.noteOverflow();
        else j = this.addOpen(key, s, p);
      } else if (codec.packChanges(store.data, s * words, work, buf, 0)) j = this.addResult(code, work.node, null, buf, 0, s, p);
      else this.noteOverflow();
      restoreCursor(base, work);
      if (j >= 0) succ.push(j);
      else this.truncated.data[s] = 1;
    }
  }

  /** `addResult` for a one-word open state given as its word. */
  private addOpen(key: number, from: number, port: number): number {
    const store = this.store;
    const index = store.internKey(key, store.count < this.options.maxStates);
    if (index < 0) this.incomplete ??= `stopped at the cap of ${this.options.maxStates} states`;
    else if (store.added) this.record(STATE_OPEN, from, port);
    return index;
  }

  private noteOverflow(): void {
    const slot = this.codec.overflowSlot;
    const bits = this.codec.slotBits[slot] ?? MAX_FIELD_BITS;
    // A field that can still widen aborts the search (the caller retries); a field at full width is capped.
    if (bits < MAX_FIELD_BITS) this.overflowSlot = slot;
    else this.incomplete ??= `variable "${this.cm.slots[slot]?.name}" takes more than ${2 ** bits} values (unbounded?)`;
  }

  private record(flag: number, from: number, port: number): void {
    this.flags.push(flag);
    this.parent.push(from);
    this.parentPort.push(port);
    this.truncated.push(0);
  }

  /** The index of a kernel result (adding it when new), or -1 when it could not be stored. */
  private addResult(code: StopCode, node: number, error: string | null, keys: Int32Array, at: number, from: number, port: number): number {
    const store = this.store;
    if (code === STOP_INPUT) {
      // At the cap, known states are still found but new ones are not stored.
      const index = store.internAt(keys, at, store.count < this.options.maxStates);
      if (index < 0) this.incomplete ??= `stopped at the cap of ${this.options.maxStates} states`;
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
}
