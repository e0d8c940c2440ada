/** Replaying recorded inputs on a (possibly edited) mission: live editing and recorded playthroughs. */
import type { Mission } from '../../format/mission.types';
import { sameInput, type Input } from '../compile/inputs';
import { advance } from './advance';
import type { ReplayResult, StartOptions } from './run-state.types';
import { startRun } from './start-run';

/**
 * Starts a run and takes the inputs in order. It stops at the first input the run does not offer and says
 * which one and why in `divergedAt`; the state is then the last one reached.
 */
export function replayInputs(mission: Mission, options: StartOptions, inputs: readonly Input[]): ReplayResult {
  let state = startRun(mission, options);
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index] as Input;
    if (state.status !== 'awaiting-input') {
      const reason = state.status === 'ended' ? 'the run had already ended' : `the run had stopped: ${state.error?.message ?? ''}`;
      return { state, events: state.events, divergedAt: { index, reason } };
    }
    if (!state.available.some((o) => sameInput(o.input, input))) {
      const offered = state.available.map((o) => JSON.stringify(o.input)).join(', ');
      const reason = `${JSON.stringify(input)} is not offered at "${state.nodeId}" (offered: ${offered})`;
      return { state, events: state.events, divergedAt: { index, reason } };
    }
    state = advance(mission, state, input).state;
  }
  return { state, events: state.events };
}
