import type { MonteCarloReport } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import type { Versioned } from '../pipeline/newest-wins-client';

/** Random playthroughs of a mission for the Balance view's ending odds. */
export interface PlaythroughsInput {
  mission: Mission;
}

/** The report, or why there is none. */
export type PlaythroughsAnswer = { kind: 'done'; report: MonteCarloReport } | { kind: 'failed'; message: string };

export type PlaythroughsRequest = Versioned<PlaythroughsInput>;
export type PlaythroughsResponse = Versioned<PlaythroughsAnswer>;
