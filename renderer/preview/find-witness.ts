/** The "play from here" search itself, shared by the worker and the inline fallback. */
import { witnessFor, type WitnessSearch } from '@mission-studio/core/engine';
import type { WitnessInput } from './witness.types';

/** A way into the node, with the preferred factions first; other factions only when none of them gets there. */
export function findWitness(request: WitnessInput): WitnessSearch {
  const { mission, nodeId, preferred, maxStates } = request;
  const first = preferred.filter((f) => mission.meta.factions.includes(f));
  if (first.length > 0) {
    const search = witnessFor(mission, nodeId, { factions: first, maxStates });
    if (search.witness || first.length === mission.meta.factions.length) return search;
  }
  return witnessFor(mission, nodeId, { maxStates });
}
