/**
 * A shortest way into one node, for "play from here": the same breadth-first search as `exploreMission`,
 * stopped at the first transition that enters the node.
 */
import type { Mission } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { inputForPort } from '../compile/inputs';
import { buildWitness } from './analyze-graph';
import { DEFAULT_MAX_STATES } from './explore-mission';
import { exploreGraph } from './explore-graph';
import type { Witness } from './explore-report.types';
import { MAX_FIELD_BITS, StateCodec } from './state-codec';

/** Options of `witnessFor`. */
export interface WitnessOptions {
  /** Factions to start from, tried together (default: all of `meta.factions`). */
  factions?: string[];
  /** Give up past this many stored states (default: the explorer's cap). */
  maxStates?: number;
}

/** What `witnessFor` found. */
export interface WitnessSearch {
  /**
   * Start a run with `faction` and take `inputs`: the last input (or the opening run, when there are none) is
   * the step that enters the node. Null when no run enters it (or none was found before the search stopped).
   */
  witness: Witness | null;
  /** False when the search stopped at the state cap (or a field too wide) before it could answer for sure. */
  complete: boolean;
  /** States stored before the search stopped. */
  states: number;
}

/** The shortest list of inputs (fights forced) after which a run enters `nodeId`. */
export function witnessFor(mission: Mission, nodeId: string, options: WitnessOptions = {}): WitnessSearch {
  const cm = getCompiledMission(mission);
  const target = cm.nodeIndexById.get(nodeId);
  if (target === undefined) return { witness: null, complete: true, states: 0 };
  const factions = options.factions ?? (mission.meta.factions.length > 0 ? mission.meta.factions : ['any']);
  const graphOptions = { maxStates: options.maxStates ?? DEFAULT_MAX_STATES, watchNode: target };
  const widths = new Map<number, number>();
  for (;;) {
    const codec = new StateCodec(cm, widths);
    const graph = exploreGraph(cm, codec, factions, graphOptions);
    const hit = graph.watchHit;
    if (hit !== null) {
      if (hit.from < 0) return { witness: { faction: factions[hit.port] ?? '', inputs: [] }, complete: true, states: graph.store.count };
      const before = buildWitness(cm, codec, graph, factions, hit.from);
      const node = codec.nodeOf(graph.store.data, hit.from * codec.words);
      before.inputs.push(inputForPort(cm, node, hit.port));
      return { witness: before, complete: true, states: graph.store.count };
    }
    // Same widening rule as exploreMission: a field that filled up is widened and the search starts over.
    if (graph.overflowSlot >= 0) {
      widths.set(graph.overflowSlot, Math.min(MAX_FIELD_BITS, (codec.slotBits[graph.overflowSlot] ?? 8) * 2));
      continue;
    }
    return { witness: null, complete: graph.incomplete === null, states: graph.store.count };
  }
}
