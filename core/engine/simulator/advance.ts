/** Taking one input: the heart of the preview pane. Pure: the old state is never changed. */
import type { Mission } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { portForInput, sameInput, type Input } from '../compile/inputs';
import { takePort, type StopCode } from '../compile/step';
import { playCombatInput } from './run-combat';
import { cursorFromState } from './run-cursor';
import { createRecorder } from './run-recorder';
import type { AdvanceResult, OfferedInput, RunState } from './run-state.types';
import { settle } from './settle';

/** The inputs the player can take now (none once the run has ended or stopped). */
export function availableInputs(state: RunState): Input[] {
  return state.available.map((o) => o.input);
}

function reject(state: RunState, message: string): AdvanceResult {
  const nodeId = state.nodeId;
  return { state, events: [nodeId === null ? { type: 'error', message } : { type: 'error', message, nodeId }] };
}

/**
 * Takes one input. An input the state does not offer (or any failure) gives an `error` event and the same
 * state back; this function never throws.
 */
export function advance(mission: Mission, state: RunState, input: Input): AdvanceResult {
  if (state.status !== 'awaiting-input') return reject(state, `the run has ${state.status === 'ended' ? 'ended' : 'stopped'}`);
  const offered = state.available.find((o) => sameInput(o.input, input));
  if (!offered) return reject(state, `that input is not available now: ${JSON.stringify(input)}`);
  try {
    return takeOffered(mission, state, offered);
  } catch (e) {
    return reject(state, `the run could not go on: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function takeOffered(mission: Mission, state: RunState, offered: OfferedInput): AdvanceResult {
  const input = offered.input;
  const cm = getCompiledMission(mission);
  const c = cursorFromState(cm, state);
  if (c.node < 0 || cm.nodeIds[c.node] !== input.nodeId) return reject(state, `node "${input.nodeId}" is not in the mission`);
  const rec = createRecorder(cm, state.visits, state.objectives);
  const inputs = [...state.inputs, input];
  let port: number;
  if (input.kind === 'combat' || input.kind === 'combat-auto' || input.kind === 'combat-force') {
    if (state.combat === null) return reject(state, 'no fight is in progress');
    const step = playCombatInput(mission, state.combat, input);
    rec.events.push(...step.events);
    if (step.outcome === null) {
      // The fight goes on: same node, same offer, one round further.
      return { state: { ...state, combat: step.combat, inputs, events: [...state.events, ...rec.events] }, events: rec.events };
    }
    port = portForInput(cm, c.node, { kind: 'combat-force', nodeId: input.nodeId, outcome: step.outcome });
  } else {
    if (input.kind === 'objective') {
      rec.events.push({ type: 'objective-done', nodeId: input.nodeId });
      rec.objectives = rec.objectives.map((o) => (o.nodeId === input.nodeId ? { ...o, status: 'done' } : o));
    }
    port = portForInput(cm, c.node, input);
  }
  if (port < 0) return reject(state, `node "${input.nodeId}" has no port for ${JSON.stringify(input)}`);
  const code: StopCode = takePort(cm, c, port, rec);
  const next = settle(cm, { ...state, inputs }, c, code, rec);
  return { state: next, events: rec.events };
}
