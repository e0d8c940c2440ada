/** Messages between the page and the witness worker ("play from here" searches off the UI thread). */
import type { WitnessSearch } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import type { Versioned } from '../pipeline/newest-wins-client';

/** Find a way into `nodeId`, trying `preferred` factions first (then every faction). */
export interface WitnessInput {
  mission: Mission;
  nodeId: string;
  preferred: string[];
  maxStates: number;
}

/** The answer to one request. */
export interface WitnessAnswer {
  search: WitnessSearch;
}

/** On the wire, each names its request (newest-wins-client.ts). */
export type WitnessRequest = Versioned<WitnessInput>;
export type WitnessResponse = Versioned<WitnessAnswer>;
