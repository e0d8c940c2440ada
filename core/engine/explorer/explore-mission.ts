/** The explorer's entry point: search every reachable state of a mission and report what the author should know. */
import type { Mission } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { findStartNode } from '../compile/inputs';
import { KIND_END, KIND_GROUP, type CompiledMission } from '../compile/compiled-mission.types';
import { buildWitness, findSoftLocks, findStatesReachingEndings, findTraps } from './analyze-graph';
import { exploreGraph } from './explore-graph';
import { findNeverEnabledChoices } from './never-enabled';
import { STATE_END, type StateGraph } from './state-graph.types';
import type { EndingReach, ExploreOptions, ExploreReport, UnreachedNode } from './explore-report.types';
import { MAX_FIELD_BITS, StateCodec } from './state-codec';

/** Default cap on stored states. */
export const DEFAULT_MAX_STATES = 5_000_000;

/**
 * Searches every reachable state (node, variables that matter, used once-options, visited flags) of a mission.
 * Throws `CancelledError` when `options.signal` is aborted during the search.
 */
export function exploreMission(mission: Mission, options: ExploreOptions = {}): ExploreReport {
  const now = options.now ?? Date.now;
  const started = now();
  const cm = getCompiledMission(mission);
  const factions = options.factions ?? (mission.meta.factions.length > 0 ? mission.meta.factions : ['any']);
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const onProgress = options.onProgress;
  const budget = options.timeBudgetMs;
  const graphOptions = {
    maxStates,
    ...(budget !== undefined
      ? { deadline: { at: started + budget, now, reason: `stopped at the time budget of ${formatSeconds(budget)}` } }
      : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.reduce === false ? { reduce: false } : {}),
    ...(onProgress ? { onProgress: (states: number, expanded: number) => onProgress({ states, expanded }) } : {}),
  };

  // Fields of numbers and strings start narrow; when one fills up, widen it and search again from scratch.
  const widths = new Map<number, number>();
  let restarts = 0;
  let codec: StateCodec;
  let graph: StateGraph;
  for (;;) {
    codec = new StateCodec(cm, widths);
    graph = exploreGraph(cm, codec, factions, graphOptions);
    if (graph.overflowSlot < 0) break;
    widths.set(graph.overflowSlot, Math.min(MAX_FIELD_BITS, (codec.slotBits[graph.overflowSlot] ?? 8) * 2));
    restarts++;
  }

  const reach = findStatesReachingEndings(graph);
  const endings: EndingReach[] = [];
  const endIndex = new Map<number, number>();
  for (let s = 0; s < graph.store.count; s++)
    if (graph.flags[s] === STATE_END) endIndex.set(codec.nodeOf(graph.store.data, s * codec.words), s);
  mission.nodes.forEach((node, n) => {
    if (node.type !== 'end') return;
    const s = endIndex.get(n);
    endings.push({
      nodeId: node.id,
      nodeIndex: n,
      outcome: node.data.outcome,
      reachable: s !== undefined,
      witness: s === undefined ? null : buildWitness(cm, codec, graph, factions, s),
    });
  });

  return {
    complete: graph.incomplete === null,
    incompleteReason: graph.incomplete,
    factions: [...factions],
    factionsWithoutStart: graph.factionsWithoutStart,
    states: graph.store.count,
    transitions: graph.transitions,
    elapsedMs: now() - started,
    stateWords: codec.words,
    restarts,
    endings,
    reachedNodes: cm.nodeIds.filter((_, n) => graph.entered[n] === 1),
    neverReachedNodes: findNeverReachedNodes(cm, graph, factions),
    neverEnabledChoices: findNeverEnabledChoices(cm, codec, graph, factions),
    softLocks: findSoftLocks(cm, codec, graph, factions),
    traps: findTraps(cm, codec, graph, factions, reach),
  };
}

/** `2.5 s`, `10 s`: a budget as people say it. */
function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/**
 * Nodes other than endings that edges lead to from a start (following every port, whatever the conditions)
 * but that no run enters: the conditions shut them off. Nodes no edge path reaches at all are the
 * validator's `unreachable-node`, not reported again here.
 */
function findNeverReachedNodes(cm: CompiledMission, graph: StateGraph, factions: readonly string[]): UnreachedNode[] {
  const linked = new Uint8Array(cm.nodeCount);
  const queue: number[] = [];
  for (const faction of factions) {
    const start = findStartNode(cm, faction);
    if (start >= 0 && linked[start] === 0) {
      linked[start] = 1;
      queue.push(start);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (let p = cm.portStart[node] as number; p < (cm.portStart[node + 1] as number); p++) {
      const target = cm.portTarget[p] as number;
      if (target >= 0 && linked[target] === 0) {
        linked[target] = 1;
        queue.push(target);
      }
    }
  }
  const out: UnreachedNode[] = [];
  for (let n = 0; n < cm.nodeCount; n++) {
    if (linked[n] === 1 && graph.entered[n] !== 1 && cm.kind[n] !== KIND_END && cm.kind[n] !== KIND_GROUP) {
      out.push({ nodeId: cm.nodeIds[n] as string, nodeIndex: n });
    }
  }
  return out;
}
