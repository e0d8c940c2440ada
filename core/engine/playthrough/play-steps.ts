/** Replaying inputs while keeping each input's own events: what transcripts are made of. */
import type { Mission } from '../../format/mission.types';
import { sameInput, type Input } from '../compile/inputs';
import { advance } from '../simulator/advance';
import type { RunState, StartOptions } from '../simulator/run-state.types';
import { startRun } from '../simulator/start-run';
import type { PlayStep } from './playthrough.types';

/** A replayed run, step by step; `divergedAt` names the first input the run did not offer. */
export interface PlayedRun {
  state: RunState;
  steps: PlayStep[];
  divergedAt?: { index: number; reason: string };
}

/**
 * `replayInputs` with the events kept per input (a transcript shows which choice was taken, and the events
 * alone do not say). It stops at the same input, for the same reason, as `replayInputs` does.
 */
export function playSteps(mission: Mission, options: StartOptions, inputs: readonly Input[]): PlayedRun {
  let state = startRun(mission, options);
  const steps: PlayStep[] = [{ input: null, events: state.events }];
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index] as Input;
    if (state.status !== 'awaiting-input') {
      const reason = state.status === 'ended' ? 'the run had already ended' : `the run had stopped: ${state.error?.message ?? ''}`;
      return { state, steps, divergedAt: { index, reason } };
    }
    if (!state.available.some((o) => sameInput(o.input, input))) {
      const offered = state.available.map((o) => JSON.stringify(o.input)).join(', ');
      const reason = `${JSON.stringify(input)} is not offered at "${state.nodeId}" (offered: ${offered})`;
      return { state, steps, divergedAt: { index, reason } };
    }
    const next = advance(mission, state, input);
    state = next.state;
    steps.push({ input, events: next.events });
  }
  return { state, steps };
}
