/**
 * Auto-play: take inputs by a policy (the first offered, or a seeded random one) until the run enters a
 * breakpoint, ends, stops, or runs out of steps. Forced combat outcomes are playtest overrides, never picked.
 */
import { uniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import type { Input, RunEvent, RunState } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import { act, currentState, type RunSession } from './run-session';

/** How auto-play picks: the first input offered, or one at random (seeded by the run's seed and step). */
export type AutoPolicy = 'first' | 'random';

/** Why auto-play stopped. */
export type AutoStop =
  { reason: 'breakpoint'; nodeId: string } | { reason: 'ended' } | { reason: 'stopped'; message: string } | { reason: 'limit' };

/** The input a policy takes in `state`, or null when there is none to take. */
export function pickAutoInput(state: RunState, policy: AutoPolicy): Input | null {
  const inputs = state.available.map((o) => o.input).filter((input) => input.kind !== 'combat-force');
  if (inputs.length === 0) return null;
  if (policy === 'first' || inputs.length === 1) return inputs[0] as Input;
  // Same run, same step, same pick: auto-play can be reproduced.
  const rng = xoroshiro128plus((Math.imul(state.seed, 0x9e3779b1) + state.inputs.length) | 0);
  return inputs[uniformIntDistribution(0, inputs.length - 1, rng)[0]] as Input;
}

/** The breakpoint node the events entered, if any. */
function enteredBreakpoint(events: readonly RunEvent[], breakpoints: ReadonlySet<string>): string | null {
  for (const e of events) if (e.type === 'enter-node' && breakpoints.has(e.nodeId)) return e.nodeId;
  return null;
}

/** One auto-play step: the session after it, and why auto-play must stop (null: it may go on). */
export function autoPlayStep(
  mission: Mission,
  session: RunSession,
  policy: AutoPolicy,
  breakpoints: ReadonlySet<string>,
): { session: RunSession; stop: AutoStop | null } {
  const state = currentState(session);
  if (state.status === 'ended') return { session, stop: { reason: 'ended' } };
  const input = pickAutoInput(state, policy);
  if (state.status === 'error' || input === null) {
    return { session, stop: { reason: 'stopped', message: state.error?.message ?? 'nothing can be chosen here' } };
  }
  const step = act(mission, session, { kind: 'input', input });
  if (step.refused !== null) return { session, stop: { reason: 'stopped', message: step.refused } };
  const hit = enteredBreakpoint(step.events, breakpoints);
  if (hit !== null) return { session: step.session, stop: { reason: 'breakpoint', nodeId: hit } };
  return { session: step.session, stop: currentState(step.session).status === 'ended' ? { reason: 'ended' } : null };
}

/** Auto-plays up to `maxSteps` steps at once (the pane's fastest speed, and tests). */
export function runAutoPlay(
  mission: Mission,
  session: RunSession,
  options: { policy: AutoPolicy; breakpoints: ReadonlySet<string>; maxSteps: number },
): { session: RunSession; stop: AutoStop; steps: number } {
  let current = session;
  const taken = () => current.actions.length - session.actions.length;
  for (let i = 0; i < options.maxSteps; i++) {
    const { session: next, stop } = autoPlayStep(mission, current, options.policy, options.breakpoints);
    current = next;
    if (stop) return { session: current, stop, steps: taken() };
  }
  return { session: current, stop: { reason: 'limit' }, steps: taken() };
}
