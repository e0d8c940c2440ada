/** Replaying a recorded playthrough against a (possibly edited) mission: pass, or the first difference. */
import type { Mission, Value } from '../../format/mission.types';
import { playSteps } from './play-steps';
import type { FirstDifference, Playthrough, ReplayVerdict } from './playthrough.types';
import { transcriptHash } from './transcript';

const show = (v: Value | undefined): string => (v === undefined ? '(no such variable)' : JSON.stringify(v));

/**
 * Replays the inputs from the faction's start with the recorded seed, then checks, in order: every input was
 * offered, the run ended at the expected ending with its outcome, the pinned variables, the transcript hash.
 */
export function replayPlaythrough(mission: Mission, p: Playthrough): ReplayVerdict {
  const played = playSteps(mission, { faction: p.faction, seed: p.seed }, p.inputs);
  const { state } = played;
  const differ = (d: FirstDifference): ReplayVerdict => ({ ok: false, firstDifference: d, state });
  if (p.mission !== mission.meta.id) {
    return differ({
      at: 'end',
      expected: p.mission,
      actual: mission.meta.id,
      message: `the playthrough is for mission "${p.mission}", not "${mission.meta.id}"`,
    });
  }
  if (played.divergedAt) {
    const { index, reason } = played.divergedAt;
    const offered = state.available.map((o) => JSON.stringify(o.input)).join(', ');
    return differ({
      at: index,
      expected: JSON.stringify(p.inputs[index]),
      actual:
        state.status === 'awaiting-input'
          ? `offered: ${offered}`
          : state.status === 'ended'
            ? `ended at "${state.nodeId}"`
            : `stopped: ${state.error?.message ?? ''}`,
      message: `input ${index + 1} of ${p.inputs.length}: ${reason}`,
    });
  }
  const expected = p.expect;
  if (state.status !== 'ended' || state.ending === null) {
    const actual =
      state.status === 'error' ? `stopped at "${state.nodeId}": ${state.error?.message ?? ''}` : `waits for input at "${state.nodeId}"`;
    return differ({
      at: 'end',
      expected: `ending "${expected.ending}"`,
      actual,
      message: `the inputs ran out before an ending: the run ${actual}`,
    });
  }
  if (state.ending.nodeId !== expected.ending || state.ending.outcome !== expected.outcome) {
    return differ({
      at: 'end',
      expected: `${expected.ending} (${expected.outcome})`,
      actual: `${state.ending.nodeId} (${state.ending.outcome})`,
      message: `the run reached "${state.ending.nodeId}" instead of "${expected.ending}"`,
    });
  }
  for (const [name, want] of Object.entries(expected.variables)) {
    const got = Object.hasOwn(state.variables, name) ? state.variables[name] : undefined;
    if (got !== want) {
      return differ({
        at: 'end',
        expected: show(want),
        actual: show(got),
        message: `variable "${name}" ends as ${show(got)}, not ${show(want)}`,
      });
    }
  }
  const hash = transcriptHash(mission, played.steps);
  if (hash !== expected.transcriptHash) {
    return differ({
      at: 'end',
      expected: expected.transcriptHash,
      actual: hash,
      message: 'the transcript changed (a line, a choice label, an effect or a fight went differently)',
    });
  }
  return { ok: true, state };
}
