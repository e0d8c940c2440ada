/**
 * Breadth-first search over every reachable state, run by the same step kernel as the simulator. States are
 * numbered in the order found, which is also the BFS queue, so successors come out as CSR arrays for free and
 * parent pointers give shortest witnesses.
 */
import { throwIfCancelled } from '../cancel';
import type { CompiledMission } from '../compile/compiled-mission.types';
import { copyCursor, createCursor, restoreCursor, type Cursor } from '../compile/cursor';
import { findStartNode } from '../compile/inputs';
import { listPorts, runFrom, STOP_END, STOP_INPUT, takePort } from '../compile/step';
import { findDetourPorts, type DetourPorts } from './detour-ports';
import { GraphRecords } from './graph-records';
import { createKernelMemo, memoStillPays, RECENT_PER_PORT, type KernelMemo } from './kernel-memo';
import type { PairMemo } from './pair-memo';
import { MAX_FIELD_BITS, type StateCodec } from './state-codec';
import { STATE_LIST_ERROR, STATE_OPEN, STATE_STUCK, type GraphOptions, type StateGraph } from './state-graph.types';

/** Explores from each faction's start. */
export function exploreGraph(cm: CompiledMission, codec: StateCodec, factions: readonly string[], options: GraphOptions): StateGraph {
  return new GraphSearch(cm, codec, options).run(factions);
}

class GraphSearch {
  private readonly records: GraphRecords;
  private readonly entered: Uint8Array;
  private readonly portEnabled: Uint8Array;
  private readonly buf: Int32Array;
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
  /** One-time options that only come back to their hub; null when there are none or `GraphOptions.reduce` is false. */
  private readonly detours: DetourPorts | null;

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
    this.records = new GraphRecords(codec.words, cm.nodeCount, options.maxStates);
    this.entered = new Uint8Array(cm.nodeCount);
    this.base = createCursor(cm, '');
    this.work = createCursor(cm, '');
    this.base.entered = this.entered;
    this.work.entered = this.entered;
    this.portEnabled = new Uint8Array(cm.portIds.length);
    this.buf = new Int32Array(codec.words);
    let widest = 1;
    for (let n = 0; n < cm.nodeCount; n++) widest = Math.max(widest, (cm.portStart[n + 1] as number) - (cm.portStart[n] as number));
    this.ports = new Int32Array(widest);
    this.watch = options.watchNode ?? -1;
    this.memo = codec.words === 1 && options.memo !== false ? createKernelMemo(cm, codec) : null;
    const detours = options.reduce === false ? null : findDetourPorts(cm, this.watch);
    this.detours = detours !== null && detours.count > 0 ? detours : null;
  }

  run(factions: readonly string[]): StateGraph {
    const { cm, records } = this;
    const store = records.store;
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
      else records.addResult(code, c.node, c.error, this.buf, 0, -1, fi);
    });
    let i = 0;
    for (; i < store.count && this.overflowSlot < 0 && this.watchHit === null; i++) {
      records.succStart.push(records.succ.length);
      this.expand(i);
      if ((i & 0xfff) === 0xfff && !this.between(i + 1)) {
        i++;
        break;
      }
    }
    records.succStart.push(records.succ.length);
    return {
      store,
      flags: records.flags.data,
      parent: records.parent.data,
      parentPort: records.parentPort.data,
      succStart: records.succStart.data,
      succ: records.succ.data,
      expanded: i,
      truncated: records.truncated.data,
      messages: records.messages,
      entered: this.entered,
      portEnabled: this.portEnabled,
      transitions: records.succ.length,
      incomplete: records.incomplete,
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
    if (this.options.onProgress && (expanded & 0xffff) === 0) this.options.onProgress(this.records.store.count, expanded);
    const deadline = this.options.deadline;
    if (deadline !== undefined && deadline.now() > deadline.at) {
      this.records.incomplete ??= deadline.reason;
      return false;
    }
    return true;
  }

  /** Sets `base` to state `s` and `work` to a copy. */
  private load(s: number): void {
    const { codec, base } = this;
    const data = this.records.store.data;
    if (codec.words === 1 && this.unpacked >= 0) codec.unpackChanges(data[s] as number, data[this.unpacked] as number, base);
    else codec.unpack(data, s * codec.words, base);
    this.unpacked = s;
    copyCursor(base, this.work);
  }

  /** Records where each input of state `s` leads. */
  private expand(s: number): void {
    if (this.records.flags.data[s] !== STATE_OPEN) return;
    const memo = this.memo;
    if (memo === null) this.expandByKernel(s);
    else {
      this.expandByMemo(s, memo);
      if (!memoStillPays(memo)) this.memo = null;
    }
  }

  /**
   * A detour is offered: mark it enabled and the narration nodes it runs through entered, as taking it would
   * (once per port; the search takes a detour only when nothing else is on offer, see `skipDetours`).
   */
  private offerDetour(detours: DetourPorts, flat: number): void {
    if (this.portEnabled[flat] === 1) return;
    this.portEnabled[flat] = 1;
    for (const n of detours.path[flat] as readonly number[]) this.entered[n] = 1;
  }

  /**
   * Keeps in `ports[0..count)` the ports worth taking and returns how many: every port that is not a detour,
   * or, when only detours are on offer, the first of them (README, "Detours", says why that is enough).
   */
  private skipDetours(detours: DetourPorts, first: number, count: number): number {
    const ports = this.ports;
    let kept = 0;
    let firstDetour = -1;
    for (let k = 0; k < count; k++) {
      const p = ports[k] as number;
      if (detours.isDetour[first + p] === 1) {
        if (firstDetour < 0) firstDetour = p;
        this.offerDetour(detours, first + p);
      } else ports[kept++] = p;
    }
    if (kept > 0) return kept;
    ports[0] = firstDetour;
    return 1;
  }

  /**
   * `expandByKernel` for one-word states, through the memo: a listing or a transition seen before (same node
   * or port, same bits read) is a look-up and some bit arithmetic; the kernel runs only on a miss.
   */
  private expandByMemo(s: number, memo: KernelMemo): void {
    const { cm, codec, ports, records } = this;
    const word = records.store.data[s] as number;
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
        records.flags.data[s] = STATE_LIST_ERROR;
        records.messages.set(s, this.base.error ?? 'a condition failed');
        return;
      }
      open = 0;
      for (let k = 0; k < count; k++) open |= 1 << (ports[k] as number);
      memo.list.add(node, listKey, open, 0);
    }
    if (open === 0) {
      records.flags.data[s] = STATE_STUCK;
      return;
    }
    const detours = this.detours;
    const offered = detours === null ? 0 : open & (detours.localMask[node] as number);
    if (offered !== 0 && detours !== null) {
      // The same choice as `skipDetours`, on bit sets.
      for (let rest = offered; rest !== 0; rest &= rest - 1) this.offerDetour(detours, first + 31 - Math.clz32(rest & -rest));
      open = open === offered ? offered & -offered : open & ~offered;
    }
    const portEnabled = this.portEnabled;
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
        j = records.addOpen((word & ~(recentWrites[r] as number)) | (recentSet[r] as number), s, p);
      } else if (take.find(flat, key)) {
        memo.hits++;
        const writes = take.x;
        if (writes !== 0) {
          recentKey[r] = key;
          recentWrites[r] = writes;
          recentSet[r] = take.y;
        }
        j = writes === 0 ? records.addResult(STOP_END, take.y, null, this.buf, 0, s, p) : records.addOpen((word & ~writes) | take.y, s, p);
      } else {
        if (!loaded) this.load(s);
        loaded = true;
        j = this.takeAndRemember(s, word, p, flat, key, takeReads[flat] as number, take);
        if (this.watchHit !== null) return;
      }
      records.link(s, j);
    }
  }

  /** Takes local port `p` of state `s` (loaded in `work`) with the kernel, and memoizes what it did. */
  private takeAndRemember(s: number, word: number, p: number, flat: number, key: number, reads: number, memo: PairMemo): number {
    const { cm, codec, base, work, records } = this;
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
        j = records.addOpen(next, s, p);
      }
    } else {
      if (code === STOP_END) memo.add(flat, key, 0, work.node);
      j = records.addResult(code, work.node, work.error, this.buf, 0, s, p);
    }
    restoreCursor(base, work);
    return j;
  }

  /** Runs the kernel for every input of state `s` and records where each leads. */
  private expandByKernel(s: number): void {
    const { cm, codec, ports, base, work, buf, records } = this;
    const store = records.store;
    const words = codec.words;
    const flags = records.flags.data;
    if (words === 1 && this.unpacked >= 0) codec.unpackChanges(store.data[s] as number, store.data[this.unpacked] as number, base);
    else codec.unpack(store.data, s * words, base);
    this.unpacked = s;
    let count = listPorts(cm, base, ports);
    if (count <= 0) {
      flags[s] = count < 0 ? STATE_LIST_ERROR : STATE_STUCK;
      if (count < 0) records.messages.set(s, base.error ?? 'a condition failed');
      return;
    }
    copyCursor(base, work);
    const first = cm.portStart[base.node] as number;
    if (this.detours !== null) count = this.skipDetours(this.detours, first, count);
    const portEnabled = this.portEnabled;
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
      if (code !== STOP_INPUT) j = records.addResult(code, work.node, work.error, buf, 0, s, p);
      else if (oneWord) {
        const key = codec.packChangesOne(word, work);
        if (codec.failed) this.noteOverflow();
        else j = records.addOpen(key, s, p);
      } else if (codec.packChanges(store.data, s * words, work, buf, 0)) j = records.addResult(code, work.node, null, buf, 0, s, p);
      else this.noteOverflow();
      restoreCursor(base, work);
      records.link(s, j);
    }
  }

  private noteOverflow(): void {
    const slot = this.codec.overflowSlot;
    const bits = this.codec.slotBits[slot] ?? MAX_FIELD_BITS;
    // A field that can still widen aborts the search (the caller retries); a field at full width is capped.
    if (bits < MAX_FIELD_BITS) this.overflowSlot = slot;
    else this.records.incomplete ??= `variable "${this.cm.slots[slot]?.name}" takes more than ${2 ** bits} values (unbounded?)`;
  }
}
