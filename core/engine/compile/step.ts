/**
 * The step kernel: the game's rules, written once. Given a cursor it runs automatic nodes (start, narration,
 * set, branch) on until the player must act, an end is reached or an error stops the run, and it lists and
 * takes the inputs of the node where the player acts. The simulator drives it with an event sink; the
 * explorer drives it with none, millions of times a second, so it allocates nothing on its hot paths.
 */
import { describeValue } from '../../expressions/runtime-ops';
import type { Value } from '../../format/mission.types';
import {
  KIND_BRANCH,
  KIND_COMBAT,
  KIND_DIALOG,
  KIND_END,
  KIND_HUB,
  KIND_NARRATION,
  KIND_OBJECTIVE,
  KIND_SET,
  KIND_START,
  type CompiledEffectEntry,
  type CompiledMission,
} from './compiled-mission.types';
import type { Cursor } from './cursor';

/** The run waits at `cursor.node` for the player (dialog, hub, objective or combat). */
export const STOP_INPUT = 0;
/** The run reached the `end` node at `cursor.node`. */
export const STOP_END = 1;
/** The run stopped at `cursor.node` with `cursor.error`. */
export const STOP_ERROR = 2;
/** How a kernel call stopped. */
export type StopCode = typeof STOP_INPUT | typeof STOP_END | typeof STOP_ERROR;

/**
 * More nodes than this entered again without the player acting means the mission loops on its own. A run may
 * enter every node of the mission once on top (`automaticNodeLimit`), so a straight chain of automatic nodes,
 * however long, is never taken for a loop: past that many, some node was entered over and over.
 */
export const MAX_AUTOMATIC_NODES = 10_000;

/** How many nodes a run may enter without the player acting before it is stopped as a loop. */
function automaticNodeLimit(cm: CompiledMission): number {
  return MAX_AUTOMATIC_NODES + cm.nodeCount;
}

/** What the simulator listens to while the kernel runs; the explorer passes null. */
export interface StepSink {
  /** A node was entered (its visit is already counted). */
  enter(node: number): void;
  /** An effect changed (or re-set) a variable. */
  effect(node: number, slot: number, before: Value, after: Value): void;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function fail(c: Cursor, message: string): StopCode {
  c.error = message;
  return STOP_ERROR;
}

/** True when a value fits the slot's declared type (effects may not change a variable's type). */
export function fitsSlot(cm: CompiledMission, slot: number, v: Value): boolean {
  switch (cm.slotTypeCode[slot]) {
    case 0:
      return typeof v === 'boolean';
    case 1:
      return typeof v === 'number' && v - v === 0; // finite: Infinity - Infinity and NaN - NaN are NaN
    case 2:
      return typeof v === 'string';
    case 3: {
      const values = cm.slots[slot]?.values;
      return typeof v === 'string' && (values === null || values === undefined || values.includes(v));
    }
    default:
      return false;
  }
}

/** Why an effect's value cannot be stored; a number that overflowed says so (JSON would print it as null). */
function misfit(cm: CompiledMission, e: CompiledEffectEntry, v: Value): string {
  const slot = cm.slots[e.slot];
  const variable = `${slot?.type} variable "${slot?.name}"`;
  if (typeof v === 'number' && Number.isNaN(v)) return `effect "${e.source}" gives NaN (not a number), which does not fit ${variable}`;
  if (typeof v === 'number' && !Number.isFinite(v)) return `effect "${e.source}" overflows to ${String(v)}, which does not fit ${variable}`;
  return `effect "${e.source}" gives ${describeValue(v)}, which does not fit ${variable}`;
}

/** Runs effects in order, each seeing the ones before it. Returns false (with `c.error`) when one fails. */
function applyEffects(
  cm: CompiledMission,
  c: Cursor,
  effects: readonly CompiledEffectEntry[],
  node: number,
  sink: StepSink | null,
): boolean {
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i] as CompiledEffectEntry;
    if (e.problem !== null) {
      c.error = e.problem;
      return false;
    }
    let v: Value;
    try {
      v = e.compute(c.vars, c.readVisited);
    } catch (err) {
      c.error = `effect "${e.source}" failed: ${messageOf(err)}`;
      return false;
    }
    if (!fitsSlot(cm, e.slot, v)) {
      c.error = misfit(cm, e, v);
      return false;
    }
    if (v === 0) v = 0; // -0 would not survive a JSON round trip
    const before = c.vars[e.slot] as Value;
    c.vars[e.slot] = v;
    if (c.writtenCount < c.written.length) c.written[c.writtenCount] = e.slot;
    c.writtenCount++;
    if (sink !== null) sink.effect(node, e.slot, before, v);
  }
  return true;
}

/** Evaluates the condition of a flat port (true when it has none). Throws on a failing or non-boolean one. */
function isPortOpen(cm: CompiledMission, c: Cursor, flatPort: number): boolean {
  const once = cm.portOnce[flatPort] as number;
  if (once >= 0 && c.once[once] === 1) return false;
  const cond = cm.portCondition[flatPort];
  if (cond === null || cond === undefined) return true;
  const r = cond(c.vars, c.readVisited);
  if (r === true) return true;
  if (r === false) return false;
  throw new Error(`the condition of "${cm.portIds[flatPort]}" gives ${describeValue(r as Value)}, not true or false`);
}

/**
 * Enters `node` and runs on until the player must act. The cursor ends at the node where it stopped.
 * Visited flags are set on entry, so a node's own conditions already see itself as visited.
 */
export function runFrom(cm: CompiledMission, c: Cursor, node: number, sink: StepSink | null): StopCode {
  const kind = cm.kind;
  const portStart = cm.portStart;
  const portTarget = cm.portTarget;
  const limit = automaticNodeLimit(cm);
  let n = node;
  for (let entered = 1; ; entered++) {
    c.node = n;
    if (entered > limit) {
      return fail(c, `loop: more than ${limit} nodes entered without player input, the same ones over and over`);
    }
    const t = cm.trackIndex[n] as number;
    if (t >= 0 && c.visited[t] === 0) {
      c.visited[t] = 1;
      c.flagsChanged = true;
    }
    if (c.entered !== null) c.entered[n] = 1;
    if (sink !== null) sink.enter(n);
    let port: number; // flat index of the port to follow
    switch (kind[n]) {
      case KIND_START:
      case KIND_NARRATION:
        port = portStart[n] as number;
        break;
      case KIND_SET:
        if (!applyEffects(cm, c, cm.nodeEffects[n] as readonly CompiledEffectEntry[], n, sink)) return STOP_ERROR;
        port = portStart[n] as number;
        break;
      case KIND_BRANCH: {
        const last = (portStart[n + 1] as number) - 1; // the `else` port
        port = portStart[n] as number;
        try {
          while (port < last && !isPortOpen(cm, c, port)) port++;
        } catch (err) {
          return fail(c, `branch case failed: ${messageOf(err)}`);
        }
        break;
      }
      case KIND_DIALOG:
      case KIND_HUB:
      case KIND_OBJECTIVE:
      case KIND_COMBAT:
        return STOP_INPUT;
      case KIND_END:
        return STOP_END;
      default:
        return fail(c, `a ${cm.mission.nodes[n]?.type ?? 'missing'} node cannot be entered`);
    }
    const next = portTarget[port] as number;
    if (next < 0) return fail(c, `dead end: nothing is connected to port "${cm.portIds[port]}"`);
    n = next;
  }
}

/**
 * Writes the local indices of the ports the player can take at `c.node` into `out` and returns how many, or
 * -1 (with `c.error`) when a condition fails. Combat lists victory and defeat; objectives their one port.
 */
export function listPorts(cm: CompiledMission, c: Cursor, out: Int32Array | number[]): number {
  const problem = cm.combatProblem[c.node];
  if (problem) {
    c.error = problem;
    return -1;
  }
  const first = cm.portStart[c.node] as number;
  const end = cm.portStart[c.node + 1] as number;
  let count = 0;
  try {
    for (let p = first; p < end; p++) if (isPortOpen(cm, c, p)) out[count++] = p - first;
  } catch (err) {
    c.error = messageOf(err);
    return -1;
  }
  return count;
}

/**
 * Takes port `local` of the node the cursor waits at (the caller has checked it is open): runs the choice's
 * effects, uses up a once-option, follows the edge and runs on.
 */
export function takePort(cm: CompiledMission, c: Cursor, local: number, sink: StepSink | null): StopCode {
  const from = c.node;
  const flat = (cm.portStart[from] as number) + local;
  const effects = cm.portEffects[flat] as readonly CompiledEffectEntry[];
  if (effects.length > 0 && !applyEffects(cm, c, effects, from, sink)) return STOP_ERROR;
  const once = cm.portOnce[flat] as number;
  if (once >= 0 && c.once[once] === 0) {
    c.once[once] = 1;
    c.flagsChanged = true;
  }
  const next = cm.portTarget[flat] as number;
  if (next < 0) return fail(c, `dead end: nothing is connected to port "${cm.portIds[flat]}"`);
  return runFrom(cm, c, next, sink);
}
