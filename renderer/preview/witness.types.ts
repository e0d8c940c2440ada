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

/** The answer to one request. */
export interface WitnessResponse {
  version: number;
  search: WitnessSearch;
}
