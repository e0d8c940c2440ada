/** The simulator's public data: a run's state, the events it emits, and how to start one. All plain JSON. */
import type { Outcome, Value } from '../../format/mission.types';
import type { CombatRoundReport, CombatState } from '../combat/combat.types';
import type { CombatOutcome, Input } from '../compile/inputs';

/** An input the run offers, with the text the player sees. */
export interface OfferedInput {
  input: Input;
  label: string;
}

/** What happened, in order. Same mission, faction, seed and inputs always give the same events. */
export type RunEvent =
  | { type: 'enter-node'; nodeId: string }
  /**
   * A spoken or narrated line; the narrator has `speaker: null` and `speakerName: null`. `stringId` is the
   * line's stable id (core/strings: `<node>.line.<n>`, or `<node>.text` for a start's or hub's text), which
   * voice files and translations are keyed by.
   */
  | { type: 'line'; nodeId: string; stringId: string; speaker: string | null; speakerName: string | null; text: string }
  | { type: 'choice-offered'; nodeId: string; options: OfferedInput[] }
  | { type: 'effect'; nodeId: string; variable: string; before: Value; after: Value }
  | { type: 'objective-started'; nodeId: string; text: string; optional: boolean }
  | { type: 'objective-done'; nodeId: string }
  | { type: 'combat-round'; nodeId: string; report: CombatRoundReport }
  /** `forced` when a playtest override decided the fight. */
  | { type: 'combat-end'; nodeId: string; outcome: CombatOutcome; rounds: number; forced: boolean }
  | { type: 'end'; nodeId: string; outcome: Outcome; text: string }
  | { type: 'error'; message: string; nodeId?: string };

/** The kind of a run event. */
export type RunEventType = RunEvent['type'];

/** An objective the run has started, as the objective tracker shows it. */
export interface ObjectiveProgress {
  nodeId: string;
  text: string;
  optional: boolean;
  status: 'active' | 'done';
}

/** Whether the run waits for the player, has reached an ending, or was stopped by an error. */
export type RunStatus = 'awaiting-input' | 'ended' | 'error';

/**
 * A run at one moment: an immutable plain-JSON value. Step back by keeping an older state; save and restore
 * with JSON.stringify / JSON.parse. Never mutate one: `advance` returns a new state.
 */
export interface RunState {
  missionId: string;
  faction: string;
  seed: number;
  status: RunStatus;
  /** Where the run waits, ended, or stopped (null when it could not start). */
  nodeId: string | null;
  /** Declared variables by id (the built-in `faction` is the field above). */
  variables: Record<string, Value>;
  /** How many times each node has been entered. */
  visits: Record<string, number>;
  /** `hubId/optionId` of each once-option taken, in the order taken. */
  usedOnce: string[];
  objectives: ObjectiveProgress[];
  /** The fight in progress at a combat node. */
  combat: CombatState | null;
  /** What the player can do now (empty unless `status` is `awaiting-input`). */
  available: OfferedInput[];
  /** Every input taken so far, in order: replaying them rebuilds this state. */
  inputs: Input[];
  ending: { nodeId: string; outcome: Outcome; text: string } | null;
  error: { message: string; nodeId?: string } | null;
  /** Every event since the start. */
  events: RunEvent[];
}

/** How to start a run. */
export interface StartOptions {
  faction: string;
  /** Seeds every fight of the run (each fight mixes in its node and visit). */
  seed: number;
  /** Start at this node instead of the faction's start node (playtesting from the middle). */
  at?: string;
  /** Values that replace the declared initial values. */
  variables?: Record<string, Value>;
}

/** The result of one `advance`: the new state and only the events this input caused. */
export interface AdvanceResult {
  state: RunState;
  events: RunEvent[];
}

/** The result of `replayInputs`; `divergedAt` names the first input the run did not offer. */
export interface ReplayResult {
  state: RunState;
  events: RunEvent[];
  divergedAt?: { index: number; reason: string };
}
