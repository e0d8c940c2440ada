/**
 * Which bits of a one-word state each kernel call can depend on. Taking a port runs the port's effects and the
 * automatic nodes after it (set, branch, narration) until the player must act; what it does is a function of
 * the bits those expressions read, plus the visited flags it may set. Listing a node's inputs depends on the
 * node and the bits its conditions and once-options read. The explorer memoizes both calls on these bits
 * (explore-graph.ts), so a mission whose choices each read a few variables costs a table look-up per transition.
 */
import {
  KIND_BRANCH,
  KIND_NARRATION,
  KIND_SET,
  KIND_START,
  type CompiledEffectEntry,
  type CompiledMission,
  type ExprReads,
} from '../compile/compiled-mission.types';
import { fitsSlot } from '../compile/step';
import type { StateCodec } from './state-codec';

/** Per flat port and per node, the state bits a memoized kernel call must key on. */
export interface MemoMasks {
  /** Per flat port: the bits that taking it can read or set (its once-option excluded: it is always 0 before). */
  takeReads: Int32Array;
  /** Per node: the node's own bits plus what listing its inputs reads. */
  listReads: Int32Array;
}

const isAutomatic = (kind: number): boolean => kind === KIND_START || kind === KIND_NARRATION || kind === KIND_SET || kind === KIND_BRANCH;

/** Builds the masks for a one-word codec (with wider states, memoizing is off and the masks unused). */
export function buildMemoMasks(cm: CompiledMission, codec: StateCodec): MemoMasks {
  const readBits = (reads: ExprReads | null): number => {
    if (reads === null) return 0;
    let bits = 0;
    for (const s of reads.slots) bits |= codec.slotBitsMask(s);
    for (const t of reads.tracked) bits |= codec.visitedBit(t);
    return bits;
  };
  const effectBits = (effects: readonly CompiledEffectEntry[]): number => {
    let bits = 0;
    for (const e of effects) {
      bits |= readBits(e.reads);
      // `x = v` compares the types of x and v; that can only vary while x still holds an initial value that
      // does not fit its type, so only then does x's field belong to the key.
      const slot = cm.slots[e.slot];
      if (slot && !fitsSlot(cm, e.slot, slot.initial)) bits |= codec.slotBitsMask(e.slot);
    }
    return bits;
  };

  // What entering a node reads or sets by itself: its visited flag, a set node's effects, a branch's cases.
  const own = new Int32Array(cm.nodeCount);
  for (let n = 0; n < cm.nodeCount; n++) {
    let bits = codec.visitedBit(cm.trackIndex[n] as number);
    if (cm.kind[n] === KIND_SET) bits |= effectBits(cm.nodeEffects[n] ?? []);
    if (cm.kind[n] === KIND_BRANCH) {
      for (let p = cm.portStart[n] as number; p < (cm.portStart[n + 1] as number); p++) bits |= readBits(cm.portConditionReads[p] ?? null);
    }
    own[n] = bits;
  }
  const run = closeOverAutomaticNodes(cm, own);

  const takeReads = new Int32Array(cm.portIds.length);
  const listReads = new Int32Array(cm.nodeCount);
  for (let n = 0; n < cm.nodeCount; n++) {
    let list = codec.nodeMask;
    for (let p = cm.portStart[n] as number; p < (cm.portStart[n + 1] as number); p++) {
      list |= readBits(cm.portConditionReads[p] ?? null) | codec.onceBit(cm.portOnce[p] as number);
      const target = cm.portTarget[p] as number;
      takeReads[p] = effectBits(cm.portEffects[p] ?? []) | (target >= 0 ? (run[target] as number) : 0);
    }
    listReads[n] = list;
  }
  return { takeReads, listReads };
}

/**
 * For each node, `own` ORed over every node a run entering it can pass through before it stops: a worklist
 * over the automatic nodes' predecessors. A node's bits only grow, 32 at most, so it settles in O(32 x edges).
 */
function closeOverAutomaticNodes(cm: CompiledMission, own: Int32Array): Int32Array {
  const closure = Int32Array.from(own);
  const preds: number[][] = Array.from({ length: cm.nodeCount }, () => []);
  for (let n = 0; n < cm.nodeCount; n++) {
    if (!isAutomatic(cm.kind[n] as number)) continue;
    for (let p = cm.portStart[n] as number; p < (cm.portStart[n + 1] as number); p++) {
      const target = cm.portTarget[p] as number;
      if (target >= 0) preds[target]?.push(n);
    }
  }
  const queue: number[] = [];
  for (let n = 0; n < cm.nodeCount; n++) if (closure[n] !== 0) queue.push(n);
  while (queue.length > 0) {
    const n = queue.pop() as number;
    const bits = closure[n] as number;
    for (const pred of preds[n] ?? []) {
      const merged = (closure[pred] as number) | bits;
      if (merged !== closure[pred]) {
        closure[pred] = merged;
        queue.push(pred);
      }
    }
  }
  return closure;
}
