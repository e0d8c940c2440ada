import type { CheckSummary, PlayWay } from '@mission-studio/core/check';
import type { Mission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { Versioned } from '../pipeline/newest-wins-client';

// The play check is core's checkMission (core/check), the same as `mission-studio validate --balance`: its
// types live there, and keep their app names here.
export type { PlayWay };

/** How a way's finding is named to the designer ("Replay the way into the soft-lock at ..."). */
export const PLAY_WAY_NAMES: Record<PlayWay['code'], string> = {
  'soft-lock': 'soft-lock',
  trap: 'trap',
  'never-enabled-choice': 'closed choice',
};

/** What a finished play check found out, beyond its diagnostics. */
export type PlayCheckSummary = CheckSummary;

/** Where the play check of the current mission stands, for the status bar and the Problems panel. */
export type PlayCheck =
  | { status: 'idle' }
  /** The static checks found errors: playing a broken mission would only repeat them. */
  | { status: 'skipped' }
  | { status: 'running'; states: number; phase: 'explore' | 'balance' }
  | { status: 'done'; summary: PlayCheckSummary }
  | { status: 'failed'; message: string };

/** Asks the worker to play-check a mission; `text` is the file's text, to place the findings in it. */
export interface PlayCheckInput {
  mission: Mission;
  text: string;
}

/** The worker's messages for one request: progress now and then, then a result or a failure. */
export type PlayCheckAnswer =
  | { kind: 'progress'; states: number; phase: 'explore' | 'balance' }
  | { kind: 'done'; diagnostics: Diagnostic[]; summary: PlayCheckSummary }
  | { kind: 'failed'; message: string };

/** On the wire, each names its request (newest-wins-client.ts). */
export type PlayCheckRequest = Versioned<PlayCheckInput>;
export type PlayCheckResponse = Versioned<PlayCheckAnswer>;
