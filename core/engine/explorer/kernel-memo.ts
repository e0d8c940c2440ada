/** The search's memo of kernel calls for one-word states (see memo-masks.ts and the README). */
import type { CompiledMission } from '../compile/compiled-mission.types';
import { buildMemoMasks, type MemoMasks } from './memo-masks';
import { PairMemo } from './pair-memo';
import type { StateCodec } from './state-codec';

/** Memoized kernel calls need at least one hit in four to pay for their look-ups; checked this often. */
const MEMO_CHECK_EVERY = 1 << 16;

/** Recent entries kept per flat port (a power of two). */
export const RECENT_PER_PORT = 8;

/** The memo of listing and taking inputs for one-word states. */
export interface KernelMemo {
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

/** An empty memo for the mission's one-word states. */
export function createKernelMemo(cm: CompiledMission, codec: StateCodec): KernelMemo {
  const recent = cm.portIds.length * RECENT_PER_PORT;
  return {
    masks: buildMemoMasks(cm, codec),
    list: new PairMemo(),
    take: new PairMemo(),
    lookups: 0,
    hits: 0,
    recentKey: new Int32Array(recent),
    recentWrites: new Int32Array(recent),
    recentSet: new Int32Array(recent),
  };
}

/** False once a full round of look-ups hit less than one time in four (the memo then costs more than it saves). */
export function memoStillPays(memo: KernelMemo): boolean {
  if (memo.lookups < MEMO_CHECK_EVERY) return true;
  const pays = memo.hits * 4 >= memo.lookups;
  memo.lookups = 0;
  memo.hits = 0;
  return pays;
}
