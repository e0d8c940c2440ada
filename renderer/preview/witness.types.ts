/** Messages between the page and the witness worker ("play from here" searches off the UI thread). */
import type { WitnessSearch } from '../../core/engine';
import type { Mission } from '../../core/format/mission.types';

/** Find a way into `nodeId`, trying `preferred` factions first (then every faction). */
export interface WitnessRequest {
  version: number;
  mission: Mission;
  nodeId: string;
  preferred: string[];
  maxStates: number;
}

/** The answer to one request: the search, or why it failed (a failure must reach the pane, not leave it waiting). */
export type WitnessResponse = { version: number; search: WitnessSearch } | { version: number; failed: string };
