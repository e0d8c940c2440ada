/**
 * The transcript the preview scrolls: the engine's events of a session turned into lines, small notes
 * (`coalition 2 -> 3`), the actions taken and one summary per combat round. Built per action and cached per
 * state, so a long run costs only the new entries on each step.
 */
import type { Combatant, CombatRoundReport, RunEvent, RunState } from '@mission-studio/core/engine';
import { formatValue } from '@mission-studio/core/expressions';
import type { Mission } from '@mission-studio/core/format';
import { nodeTextStringId } from '@mission-studio/core/strings';
import { labelStringId } from './choice-view';
import { describeAction, type RunSession } from './run-session';

/** One row of the transcript; `key` is stable for the life of the run (React keys). */
export type TranscriptEntry =
  | { kind: 'scene'; key: string; nodeId: string; text: string }
  /** `stringId` and `speakerId` let the view show the line in another language. */
  | { kind: 'line'; key: string; speaker: string | null; text: string; stringId: string; speakerId: string | null }
  /** An objective's note keeps its parts, so the view can show the objective's text in another language. */
  | { kind: 'note'; key: string; text: string; objective?: { label: string; text: string; stringId: string } }
  /** `stringId`: the taken choice's or hub option's text, to show it in another language. */
  | { kind: 'taken'; key: string; text: string; stringId?: string }
  /** `report` lets the view name the units in another language. */
  | { kind: 'round'; key: string; text: string; report: CombatRoundReport }
  | { kind: 'ending'; key: string; text: string; outcome: 'success' | 'failure'; stringId: string }
  | { kind: 'error'; key: string; text: string };

/** `coalition 2 -> 3`: the note for an effect. */
export function effectNote(variable: string, before: RunState['variables'][string], after: RunState['variables'][string]): string {
  return `${variable} ${formatValue(before)} -> ${formatValue(after)}`;
}

/**
 * One line for a combat round: stance, shots, damage each way, and what was destroyed; `nameOf` names the units
 * (the preview's language; the engine's names by default).
 */
export function summarizeRound(report: CombatRoundReport, nameOf: (c: Combatant) => string = (c) => c.name): string {
  const allies = new Set(report.allies.map((c) => c.key));
  const names = new Map([...report.allies, ...report.enemies].map((c) => [c.key, nameOf(c)]));
  let ourShots = 0;
  let ourHits = 0;
  let dealt = 0;
  let taken = 0;
  const destroyed: string[] = [];
  for (const hit of report.hits) {
    const ours = allies.has(hit.attacker);
    if (ours) {
      ourShots++;
      if (hit.hit) ourHits++;
    }
    const damage = hit.damage + hit.shieldDamage;
    if (ours) dealt += damage;
    else taken += damage;
    if (hit.destroyed) destroyed.push(names.get(hit.target) ?? hit.target);
  }
  let text = `Round ${report.round} (${report.stance}): ${ourHits}/${ourShots} hits, dealt ${dealt}, took ${taken}`;
  if (destroyed.length > 0) text += `; destroyed ${destroyed.join(', ')}`;
  if (report.waveArrived !== undefined) text += `; wave ${report.waveArrived} arrives`;
  return text;
}

function entryFor(titles: Map<string, string>, event: RunEvent, key: string): TranscriptEntry | null {
  switch (event.type) {
    case 'enter-node':
      return { kind: 'scene', key, nodeId: event.nodeId, text: titles.get(event.nodeId) ?? event.nodeId };
    case 'line':
      return { kind: 'line', key, speaker: event.speakerName, text: event.text, stringId: event.stringId, speakerId: event.speaker };
    case 'effect':
      return { kind: 'note', key, text: effectNote(event.variable, event.before, event.after) };
    case 'objective-started': {
      const label = event.optional ? 'Optional objective' : 'Objective';
      return {
        kind: 'note',
        key,
        text: `${label}: ${event.text}`,
        objective: { label, text: event.text, stringId: nodeTextStringId(event.nodeId) },
      };
    }
    case 'objective-done':
      return { kind: 'note', key, text: 'Objective complete' };
    case 'combat-round':
      return { kind: 'round', key, text: summarizeRound(event.report), report: event.report };
    case 'combat-end':
      return {
        kind: 'note',
        key,
        text: `${event.outcome === 'victory' ? 'Victory' : 'Defeat'} after ${event.rounds} round${event.rounds === 1 ? '' : 's'}${event.forced ? ' (forced)' : ''}`,
      };
    case 'end':
      return { kind: 'ending', key, text: event.text, outcome: event.outcome, stringId: nodeTextStringId(event.nodeId) };
    case 'error':
      return { kind: 'error', key, text: event.message };
    case 'choice-offered':
      return null;
  }
}

function entriesOf(titles: Map<string, string>, events: readonly RunEvent[], from: number, to: number): TranscriptEntry[] {
  const out: TranscriptEntry[] = [];
  for (let i = from; i < to; i++) {
    const entry = entryFor(titles, events[i] as RunEvent, `e${i}`);
    if (entry) out.push(entry);
  }
  return out;
}

// Entries of the step that led to a state, per mission (titles come from it) and state object.
const cache = new WeakMap<Mission, { titles: Map<string, string>; perState: WeakMap<RunState, TranscriptEntry[]> }>();

/** The transcript of a session: the opening, then for each action what was taken and what followed. */
export function buildTranscript(mission: Mission, session: RunSession): TranscriptEntry[] {
  let cached = cache.get(mission);
  if (!cached) {
    cached = { titles: new Map(mission.nodes.map((n) => [n.id, n.title])), perState: new WeakMap() };
    cache.set(mission, cached);
  }
  const { titles, perState } = cached;
  const out: TranscriptEntry[] = [];
  session.states.forEach((state, i) => {
    let part = perState.get(state);
    if (!part) {
      const before = i === 0 ? undefined : session.states[i - 1];
      const action = session.actions[i - 1];
      part = [];
      // A stance's round summary already says which stance was taken.
      if (action && before && !(action.kind === 'input' && action.input.kind === 'combat')) {
        const text = describeAction(action, before);
        const stringId = action.kind === 'input' ? labelStringId(action.input) : undefined;
        part.push(
          action.kind === 'override'
            ? { kind: 'taken', key: `a${i - 1}`, text: `Override: ${text}` }
            : { kind: 'taken', key: `a${i - 1}`, text, ...(stringId ? { stringId } : {}) },
        );
      }
      part.push(...entriesOf(titles, state.events, before ? before.events.length : 0, state.events.length));
      perState.set(state, part);
    }
    out.push(...part);
  });
  return out;
}
