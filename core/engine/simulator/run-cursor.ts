/** Converts between the simulator's plain-JSON `RunState` and the kernel's array-based `Cursor`. */
import type { Value } from '../../format/mission.types';
import type { CompiledMission } from '../compile/compiled-mission.types';
import { createCursor, type Cursor } from '../compile/cursor';
import type { RunState } from './run-state.types';

/** Sets an own key without ever touching a prototype (ids such as `__proto__` stay plain keys). */
export function setKey<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Reads an own key only. */
export function getKey<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A kernel cursor standing where the run state stands. */
export function cursorFromState(cm: CompiledMission, state: RunState): Cursor {
  const c = createCursor(cm, state.faction);
  cm.slots.forEach((slot, s) => {
    if (slot.readOnly) return;
    const v = getKey(state.variables, slot.name);
    if (v !== undefined) c.vars[s] = v;
  });
  cm.trackedNodes.forEach((n, t) => {
    const id = cm.nodeIds[n];
    if (id !== undefined && (getKey(state.visits, id) ?? 0) > 0) c.visited[t] = 1;
  });
  const used = new Set(state.usedOnce);
  cm.onceKeys.forEach((key, i) => {
    if (used.has(key)) c.once[i] = 1;
  });
  c.node = state.nodeId === null ? -1 : (cm.nodeIndexById.get(state.nodeId) ?? -1);
  return c;
}

/** The declared variables of a cursor, as the run state records them. */
export function variablesOf(cm: CompiledMission, c: Cursor): Record<string, Value> {
  const out: Record<string, Value> = {};
  cm.slots.forEach((slot, s) => {
    if (!slot.readOnly) setKey(out, slot.name, c.vars[s] as Value);
  });
  return out;
}

/** Once-options newly taken by the cursor, appended to those the state had, in order. */
export function usedOnceOf(cm: CompiledMission, c: Cursor, before: readonly string[]): string[] {
  const out = [...before];
  const had = new Set(before);
  cm.onceKeys.forEach((key, i) => {
    if (c.once[i] === 1 && !had.has(key)) out.push(key);
  });
  return out;
}
