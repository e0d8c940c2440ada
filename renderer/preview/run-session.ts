/**
 * The preview's run as a stack of immutable engine states: every input (or watch-panel override) pushes the
 * state it led to, Step back pops one (kept for Step forward), and a live edit replays the recorded actions on
 * the new mission. All rules come from core/engine; this file only keeps the history.
 */
import {
  advance,
  overrideVariables,
  sameInput,
  startRun,
  type Input,
  type RunEvent,
  type RunState,
  type StartOptions,
} from '@mission-studio/core/engine';
import type { Mission, Value } from '@mission-studio/core/format';

/** One thing the designer did to the run: take an input, or override variables from the watch panel. */
export type RunAction = { kind: 'input'; input: Input } | { kind: 'override'; values: Record<string, Value> };

/** Where a replay on an edited mission stopped following the recorded actions. */
export interface Divergence {
  /** Index of the first action that no longer applied (0-based). */
  index: number;
  /** What that action was, as the designer saw it. */
  label: string;
  reason: string;
  /** That action and the ones after it, which were dropped. */
  dropped: RunAction[];
}

/** A run in the preview: the states so far, the actions between them, and what Step forward would redo. */
export interface RunSession {
  options: StartOptions;
  /** `states[0]` is where the run started; `states[i + 1]` is what `actions[i]` led to. */
  states: readonly RunState[];
  actions: readonly RunAction[];
  /** Actions undone by Step back, the most recently undone last. */
  redo: readonly RunAction[];
  /** Set by a replay that could not follow every recorded action. */
  divergence: Divergence | null;
}

/** The result of acting on a session: the new session, the events the action caused, or why it was refused. */
export interface SessionStep {
  session: RunSession;
  events: RunEvent[];
  refused: string | null;
}

/** Starts a run (from a faction's start, or `options.at` with `options.variables`). */
export function startSession(mission: Mission, options: StartOptions): RunSession {
  return { options, states: [startRun(mission, options)], actions: [], redo: [], divergence: null };
}

/** The state the run is in now. */
export function currentState(session: RunSession): RunState {
  return session.states[session.states.length - 1] as RunState;
}

/** Applies one action to a state with the engine; `refused` when the engine gave the same state back. */
function apply(mission: Mission, state: RunState, action: RunAction): { state: RunState; events: RunEvent[]; refused: string | null } {
  const result = action.kind === 'input' ? advance(mission, state, action.input) : overrideVariables(mission, state, action.values);
  if (result.state !== state) return { ...result, refused: null };
  const error = result.events.find((e) => e.type === 'error');
  return { ...result, refused: error?.type === 'error' ? error.message : 'the run refused it' };
}

/** Takes an action: a new branch, so whatever Step forward could redo is dropped. */
export function act(mission: Mission, session: RunSession, action: RunAction): SessionStep {
  const applied = apply(mission, currentState(session), action);
  if (applied.refused !== null) return { session, events: applied.events, refused: applied.refused };
  return {
    session: { ...session, states: [...session.states, applied.state], actions: [...session.actions, action], redo: [], divergence: null },
    events: applied.events,
    refused: null,
  };
}

/** Undoes the last action (the state before it was kept, so nothing is recomputed). */
export function stepBack(session: RunSession): RunSession {
  const last = session.actions[session.actions.length - 1];
  if (last === undefined) return session;
  return { ...session, states: session.states.slice(0, -1), actions: session.actions.slice(0, -1), redo: [...session.redo, last] };
}

/** Takes again the action Step back undid last; an action the run no longer offers clears the redo list. */
export function stepForward(mission: Mission, session: RunSession): SessionStep {
  const next = session.redo[session.redo.length - 1];
  if (next === undefined) return { session, events: [], refused: 'nothing to step forward to' };
  const step = act(mission, session, next);
  const redo = session.redo.slice(0, -1);
  if (step.refused !== null) return { ...step, session: { ...session, redo: [] } };
  return { ...step, session: { ...step.session, redo } };
}

/** Goes back to the first state, keeping nothing to redo. */
export function restartSession(mission: Mission, session: RunSession): RunSession {
  return startSession(mission, session.options);
}

/** What an action was, in the words the designer saw (the label the run offered, or the override). */
export function describeAction(action: RunAction, before: RunState | undefined): string {
  if (action.kind === 'override') {
    return `set ${Object.entries(action.values)
      .map(([name, value]) => `${name} = ${JSON.stringify(value)}`)
      .join(', ')}`;
  }
  const offered = before?.available.find((o) => sameInput(o.input, action.input));
  return offered?.label ?? `${action.input.kind} at ${action.input.nodeId}`;
}

/**
 * Replays a session's actions on an edited mission (live editing), the way `replayInputs` does but keeping every
 * state for Step back, and overrides too. It stops at the first action the new run does not offer: the run goes
 * on from there and `divergence` says which action and why.
 */
export function replaySession(mission: Mission, session: RunSession): RunSession {
  const states: RunState[] = [startRun(mission, session.options)];
  const actions = session.actions;
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index] as RunAction;
    const state = states[states.length - 1] as RunState;
    const label = describeAction(action, session.states[index]);
    let reason: string | null = null;
    if (state.status !== 'awaiting-input') {
      reason = state.status === 'ended' ? 'the run now ends before it' : `the run now stops before it: ${state.error?.message ?? ''}`;
    } else if (action.kind === 'input' && !state.available.some((o) => sameInput(o.input, action.input))) {
      reason = `it is not offered at "${state.nodeId}" any more`;
    } else {
      const applied = apply(mission, state, action);
      if (applied.refused === null) {
        states.push(applied.state);
        continue;
      }
      reason = applied.refused;
    }
    const divergence = { index, label, reason, dropped: actions.slice(index) };
    return { options: session.options, states, actions: actions.slice(0, index), redo: [], divergence };
  }
  return { options: session.options, states, actions, redo: session.redo, divergence: null };
}
