/**
 * A mission turned into flat tables that the step kernel walks: the one form of the game's rules that both the
 * simulator and the explorer run, so the two can never disagree about what a node does.
 */
import type { Mission, Value, VariableType } from '../../format/mission.types';

/** Node kinds as small integers, so the kernel switches on numbers rather than strings. */
export const KIND_START = 0;
export const KIND_NARRATION = 1;
export const KIND_DIALOG = 2;
export const KIND_OBJECTIVE = 3;
export const KIND_HUB = 4;
export const KIND_BRANCH = 5;
export const KIND_SET = 6;
export const KIND_COMBAT = 7;
export const KIND_END = 8;
export const KIND_GROUP = 9;

/** The visited() reader the compiled expressions call, taking a tracked-node index (see `trackIndex`). */
export type VisitedReader = (trackedIndex: number) => boolean;

/** A compiled condition or value: reads variables by slot; throws when the expression cannot be evaluated. */
export type CompiledValue = (vars: ArrayLike<Value>, visited: VisitedReader) => Value;

/** What a compiled expression can read: variable slots and tracked visited() indices (see `trackIndex`). */
export interface ExprReads {
  slots: readonly number[];
  tracked: readonly number[];
}

/** One compiled effect: which slot it writes and how to compute the new value. */
export interface CompiledEffectEntry {
  /** Slot written, or -1 when the target is not a variable (the effect then fails when run). */
  slot: number;
  compute: CompiledValue;
  /** What `compute` reads (for `+=` and `-=`, the target too). */
  reads: ExprReads;
  /** The effect's source text, for messages. */
  source: string;
  /** Why the effect cannot run (parse error, unknown or read-only target), or null. */
  problem: string | null;
}

/** One variable slot: declared variables first in file order, then the built-in `faction`. */
export interface SlotInfo {
  name: string;
  type: VariableType;
  initial: Value;
  /** Allowed values for enums (for `faction`: meta.factions). */
  values: readonly string[] | null;
  readOnly: boolean;
}

/** The compiled form of a mission. Built once per mission object and cached (see `getCompiledMission`). */
export interface CompiledMission {
  mission: Mission;
  nodeCount: number;
  nodeIds: readonly string[];
  nodeIndexById: ReadonlyMap<string, number>;
  /** KIND_* per node index. */
  kind: Uint8Array;
  /** Ports of node n are the flat indices portStart[n] .. portStart[n+1]-1, in `outputPorts` order. */
  portStart: Int32Array;
  /** Port id (the edge's sourceHandle) per flat port index. */
  portIds: readonly string[];
  /** Target node index per flat port index (the first edge in `edges` order), -1 when no edge leaves it. */
  portTarget: Int32Array;
  /** Condition per flat port (dialog choices, hub options and continue, branch cases), null when none. */
  portCondition: readonly (CompiledValue | null)[];
  /** What each flat port's condition reads (null when it has none). */
  portConditionReads: readonly (ExprReads | null)[];
  /** Effects per flat port (dialog choices only; empty elsewhere). */
  portEffects: readonly (readonly CompiledEffectEntry[])[];
  /** Index into the once-option bit set per flat port, -1 for ports that are not `once` hub options. */
  portOnce: Int32Array;
  /** `hubId/optionId` per once index. */
  onceKeys: readonly string[];
  /** Per node index: why the fight of a combat node cannot start (missing unit, no allies...), else null. */
  combatProblem: readonly (string | null)[];
  /** Effects of `set` nodes per node index (empty elsewhere). */
  nodeEffects: readonly (readonly CompiledEffectEntry[])[];
  slots: readonly SlotInfo[];
  slotByName: ReadonlyMap<string, number>;
  /** Per slot: 0 bool, 1 number, 2 string, 3 enum (a number to switch on in the kernel). */
  slotTypeCode: Uint8Array;
  /** Slot of the built-in read-only `faction` enum. */
  factionSlot: number;
  /**
   * 1 when the slot can change what happens: a condition reads it, or an effect on a relevant slot does.
   * Other slots are only ever written for show, so the explorer leaves them out of its states.
   */
  slotRelevant: Uint8Array;
  /** Per node index, its index among the nodes some visited() names, or -1. */
  trackIndex: Int32Array;
  /** Node index per tracked index. */
  trackedNodes: Int32Array;
  /** Every string literal in the mission's expressions plus string initials, for sizing string fields. */
  stringLiterals: ReadonlySet<string>;
}
