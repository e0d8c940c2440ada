/** Recorded playthroughs (`*.playthrough.json`): a run's inputs and what must come out when they are replayed. */
import type { Outcome, Value } from '../../format/mission.types';
import type { Input } from '../compile/inputs';
import type { RunEvent, RunState } from '../simulator/run-state.types';

/** The only playthrough format id this build reads and writes. */
export const PLAYTHROUGH_FORMAT = 'mission-studio-playthrough/1';

/** What a replay must reproduce. */
export interface PlaythroughExpect {
  /** The `end` node the run reaches. */
  ending: string;
  outcome: Outcome;
  /** The variables the recording chose to pin, with their values at the end. */
  variables: Record<string, Value>;
  /** `fnv1a64` of the canonical transcript (see `canonicalTranscript`). */
  transcriptHash: string;
}

/** A whole `*.playthrough.json` file. Key order here is the key order on disk. */
export interface Playthrough {
  format: typeof PLAYTHROUGH_FORMAT;
  /** The `meta.id` of the mission it plays. */
  mission: string;
  /** What the run is for, in a sentence (optional). */
  description?: string;
  faction: string;
  seed: number;
  inputs: Input[];
  expect: PlaythroughExpect;
}

/** Where a replay first differs from the recording. */
export interface FirstDifference {
  /** The index of the input that was not offered, or `end` for a difference in the outcome. */
  at: number | 'end';
  expected: string;
  actual: string;
  message: string;
}

/** The verdict of `replayPlaythrough`, with the state the replay reached. */
export type ReplayVerdict = { ok: true; state: RunState } | { ok: false; firstDifference: FirstDifference; state: RunState };

/** One step of a run: the input taken (null for the start) and the events it caused. */
export interface PlayStep {
  input: Input | null;
  events: RunEvent[];
}
