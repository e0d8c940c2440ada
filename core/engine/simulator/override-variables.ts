/**
 * A playtest override: the designer sets variables in the middle of a run (the preview's watch panel). The run
 * stays where it is; what the player may do is listed again, since conditions may read the new values.
 */
import type { Mission, Value } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { fitsSlot, STOP_INPUT } from '../compile/step';
import type { Cursor } from '../compile/cursor';
import { combatInputs } from './run-combat';
import { createRecorder } from './run-recorder';
import { cursorFromState, variablesOf } from './run-cursor';
import type { AdvanceResult, RunEvent, RunState } from './run-state.types';
import { settle } from './settle';

/**
 * Replaces variables of a run waiting for input. Each change is an `effect` event at the current node. A fight
 * in progress goes on untouched (its inputs never depend on variables). Never throws: a refused override is an
 * `error` event and the same state back. Note that `state.inputs` alone no longer rebuild the result.
 */
export function overrideVariables(mission: Mission, state: RunState, values: Record<string, Value>): AdvanceResult {
  const nodeId = state.nodeId;
  const reject = (message: string): AdvanceResult => ({
    state,
    events: [nodeId === null ? { type: 'error', message } : { type: 'error', message, nodeId }],
  });
  if (state.status !== 'awaiting-input' || nodeId === null) return reject('only a run waiting for input can be changed');
  const cm = getCompiledMission(mission);
  const c = cursorFromState(cm, state);
  if (c.node < 0) return reject(`node "${nodeId}" is not in the mission`);
  const events: RunEvent[] = [];
  for (const [name, value] of Object.entries(values)) {
    const slot = cm.slotByName.get(name);
    if (slot === undefined) return reject(`the mission has no variable "${name}"`);
    if (cm.slots[slot]?.readOnly) return reject(`"${name}" is read-only`);
    if (!fitsSlot(cm, slot, value)) return reject(`${JSON.stringify(value)} does not fit variable "${name}"`);
    const before = c.vars[slot] as Value;
    if (before === value) continue;
    c.vars[slot] = value;
    events.push({ type: 'effect', nodeId, variable: name, before, after: value });
  }
  if (state.combat !== null) {
    const next = { ...state, variables: variablesOf(cm, c), events: [...state.events, ...events] };
    return { state: next, events };
  }
  return offerAgain(mission, state, c, events);
}

/** Lists again what the player may do where the cursor stands (a fight not yet begun begins). */
function offerAgain(mission: Mission, state: RunState, c: Cursor, events: RunEvent[]): AdvanceResult {
  const cm = getCompiledMission(mission);
  const rec = createRecorder(cm, state.visits, state.objectives);
  rec.events.push(...events);
  const next = settle(cm, state, c, STOP_INPUT, rec);
  return { state: next, events: rec.events };
}

/**
 * A state made elsewhere (a game's save, mapped onto a newer export of the mission) standing at a node that
 * waits for input: what the player may do there is listed anew from this mission's rules; a fight in progress
 * (`state.combat`) goes on as it was. Never throws; a node the mission lacks gives an `error` event.
 */
export function resumeRun(mission: Mission, state: RunState): AdvanceResult {
  const cm = getCompiledMission(mission);
  const c = cursorFromState(cm, state);
  const nodeId = state.nodeId;
  if (c.node < 0 || nodeId === null) {
    const message = `node "${nodeId ?? ''}" is not in the mission`;
    return { state, events: [nodeId === null ? { type: 'error', message } : { type: 'error', message, nodeId }] };
  }
  if (state.combat !== null) return { state: { ...state, status: 'awaiting-input', available: combatInputs(nodeId) }, events: [] };
  return offerAgain(mission, { ...state, status: 'awaiting-input' }, c, []);
}
