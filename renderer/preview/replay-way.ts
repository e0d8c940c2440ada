/**
 * A play-check finding replayed in the preview: the explorer's witness (a faction and the inputs, fights
 * forced to the outcome it branched on) becomes a run the designer can step back through and continue.
 */
import type { Witness } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import { PLAY_WAY_NAMES, type PlayWay } from '../play-check/play-check.types';
import type { PreviewStore } from './preview-store';
import { act, currentState, startSession, type RunSession } from './run-session';

/**
 * The run that follows `witness` with the pane's seed to node `to`, or why it no longer gets there (the
 * mission changed since the check).
 */
export function sessionFromWitness(
  mission: Mission,
  witness: Witness,
  seed: number,
  to: string,
): { session: RunSession } | { error: string } {
  let session = startSession(mission, { faction: witness.faction, seed });
  for (const [i, input] of witness.inputs.entries()) {
    const step = act(mission, session, { kind: 'input', input });
    if (step.refused !== null) return { error: `step ${i + 1} of the way no longer applies: ${step.refused}` };
    session = step.session;
  }
  const end = currentState(session).nodeId;
  if (end !== to) return { error: `the way now ends at "${end}"` };
  return { session };
}

/** Puts the way into a play-check finding in the preview as a run, or says in the pane why it cannot. */
export function replayWay(preview: PreviewStore, mission: Mission, way: PlayWay): void {
  const state = preview.getState();
  const title = mission.nodes.find((n) => n.id === way.nodeId)?.title ?? way.nodeId;
  const made = sessionFromWitness(mission, way.witness, state.seed, way.nodeId);
  if ('error' in made)
    return state.setNotice({
      text: `Cannot replay the way into the ${PLAY_WAY_NAMES[way.code]} at "${title}": ${made.error}`,
      tone: 'warning',
    });
  const steps = way.witness.inputs.length;
  state.adoptSession(made.session, {
    text: `Replayed the way into the ${PLAY_WAY_NAMES[way.code]} at "${title}" (${way.witness.faction}, ${steps} input${steps === 1 ? '' : 's'}).`,
    tone: 'info',
  });
}
