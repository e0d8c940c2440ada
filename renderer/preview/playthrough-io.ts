/**
 * Saving the preview's run as a `*.playthrough.json` and replaying a saved one, with core/engine/playthrough
 * doing the recording, parsing and checking. A replay becomes a run in the pane, up to where it diverges.
 */
import {
  parsePlaythrough,
  recordPlaythrough,
  replayPlaythrough,
  serializePlaythrough,
  type FirstDifference,
} from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import { currentState, replaySession, type RunSession } from './run-session';

/** Why a run cannot be saved as a playthrough, or null when it can. */
export function unsavableReason(session: RunSession | null): string | null {
  if (!session) return 'Play a run first.';
  if (currentState(session).status !== 'ended') return 'Play to an ending to save the run.';
  if (session.options.at !== undefined || session.options.variables !== undefined)
    return 'A run started from a node cannot be saved: a playthrough starts at the faction’s start.';
  if (session.actions.some((a) => a.kind === 'override'))
    return 'A run with variables changed by hand cannot be saved: a playthrough holds inputs only.';
  return null;
}

/** The file for an ended run: its name and text. Throws (with the engine's message) for a run that cannot be saved. */
export function playthroughFile(mission: Mission, session: RunSession): { name: string; text: string } {
  const reason = unsavableReason(session);
  if (reason) throw new Error(reason);
  const state = currentState(session);
  const playthrough = recordPlaythrough(mission, state);
  return { name: `${mission.meta.id}-${state.ending?.nodeId ?? 'run'}.playthrough.json`, text: serializePlaythrough(playthrough) };
}

/** A saved playthrough replayed on the mission: the run it gives, and whether it matches the recording. */
export type LoadedPlaythrough = { ok: true; session: RunSession; difference: FirstDifference | null } | { ok: false; message: string };

/** Parses and replays a playthrough file; the run stops where the inputs stop applying. */
export function loadPlaythrough(mission: Mission, text: string): LoadedPlaythrough {
  const parsed = parsePlaythrough(text);
  if (!parsed.ok) return { ok: false, message: `Not a playthrough file: ${parsed.message}` };
  const p = parsed.value;
  if (!mission.meta.factions.includes(p.faction))
    return { ok: false, message: `The playthrough plays faction "${p.faction}", which this mission does not have.` };
  const verdict = replayPlaythrough(mission, p);
  const recorded: RunSession = {
    options: { faction: p.faction, seed: p.seed },
    states: [],
    actions: p.inputs.map((input) => ({ kind: 'input', input })),
    redo: [],
    divergence: null,
  };
  const session = replaySession(mission, recorded);
  return { ok: true, session, difference: verdict.ok ? null : verdict.firstDifference };
}
