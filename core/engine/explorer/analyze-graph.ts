/**
 * Reads the explored state graph: which states can still reach an ending (reverse reachability over a CSR
 * of reversed transitions), which are stuck, and the shortest witness for each finding.
 */
import type { CompiledMission } from '../compile/compiled-mission.types';
import { createCursor } from '../compile/cursor';
import { inputForPort } from '../compile/inputs';
import { STATE_END, STATE_ERROR, STATE_LIST_ERROR, STATE_OPEN, STATE_STUCK, type StateGraph } from './state-graph.types';
import type { SoftLock, Trap, Witness } from './explore-report.types';
import type { StateCodec } from './state-codec';

/** 1 per state that can reach an ending (or might: unexpanded and truncated states count as able). */
export function findStatesReachingEndings(graph: StateGraph): Uint8Array {
  const count = graph.store.count;
  const { succStart, succ, flags, truncated } = graph;
  const expanded = graph.expanded;
  const reach = new Uint8Array(count);
  for (let s = 0; s < count; s++) {
    if (flags[s] === STATE_END || s >= expanded || truncated[s] === 1) reach[s] = 1;
  }
  // States are numbered in BFS order, so most ways to an ending lead to higher numbers: sweeps from the last
  // state down settle them in one pass over the successor arrays (sequential reads, no extra memory). A pass
  // that changes nothing proves the fixpoint; when back edges keep it changing, reverse BFS finishes the job.
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let s = expanded - 1; s >= 0; s--) {
      if (reach[s] === 1) continue;
      for (let e = succStart[s] as number; e < (succStart[s + 1] as number); e++) {
        if (reach[succ[e] as number] === 1) {
          reach[s] = 1;
          changed = true;
          break;
        }
      }
    }
    if (!changed) return reach;
  }
  reachBackwards(graph, reach);
  return reach;
}

/** Adds to `reach` every state from which a state already in it can be reached (BFS over reversed transitions). */
function reachBackwards(graph: StateGraph, reach: Uint8Array): void {
  const count = graph.store.count;
  const { succStart, succ } = graph;
  const transitions = graph.transitions;
  // Reverse CSR: predecessors of t are revSrc[revStart[t] .. revStart[t+1]).
  const revStart = new Int32Array(count + 1);
  for (let e = 0; e < transitions; e++) {
    const t = (succ[e] as number) + 1;
    revStart[t] = (revStart[t] as number) + 1;
  }
  for (let t = 0; t < count; t++) revStart[t + 1] = (revStart[t + 1] as number) + (revStart[t] as number);
  const fill = revStart.slice(0, count);
  const revSrc = new Int32Array(transitions);
  for (let s = 0; s < graph.expanded; s++) {
    for (let e = succStart[s] as number; e < (succStart[s + 1] as number); e++) {
      const t = succ[e] as number;
      const at = fill[t] as number;
      revSrc[at] = s;
      fill[t] = at + 1;
    }
  }
  const queue = new Int32Array(count);
  let tail = 0;
  for (let s = 0; s < count; s++) if (reach[s] === 1) queue[tail++] = s;
  for (let head = 0; head < tail; head++) {
    const t = queue[head] as number;
    for (let e = revStart[t] as number; e < (revStart[t + 1] as number); e++) {
      const s = revSrc[e] as number;
      if (reach[s] === 0) {
        reach[s] = 1;
        queue[tail++] = s;
      }
    }
  }
}

/** The inputs from a start to state `index`, following parent pointers back. */
export function buildWitness(
  cm: CompiledMission,
  codec: StateCodec,
  graph: StateGraph,
  factions: readonly string[],
  index: number,
): Witness {
  const path: number[] = [];
  let s = index;
  while ((graph.parent[s] as number) >= 0) {
    path.push(s);
    s = graph.parent[s] as number;
  }
  const faction = factions[graph.parentPort[s] as number] ?? '';
  const inputs = path.reverse().map((t) => {
    const from = graph.parent[t] as number;
    const node = codec.nodeOf(graph.store.data, from * codec.words);
    return inputForPort(cm, node, graph.parentPort[t] as number);
  });
  return { faction, inputs };
}

/** The node of state `index`. */
function nodeOfState(codec: StateCodec, graph: StateGraph, index: number): number {
  return codec.nodeOf(graph.store.data, index * codec.words);
}

/** Stuck states grouped by node and reason, each with its shortest witness (states are in BFS order). */
export function findSoftLocks(cm: CompiledMission, codec: StateCodec, graph: StateGraph, factions: readonly string[]): SoftLock[] {
  const groups = new Map<string, SoftLock>();
  for (let s = 0; s < graph.expanded; s++) {
    const flag = graph.flags[s];
    if (flag !== STATE_STUCK && flag !== STATE_ERROR && flag !== STATE_LIST_ERROR) continue;
    const node = nodeOfState(codec, graph, s);
    const reason = flag === STATE_STUCK ? 'no input is available' : (graph.messages.get(s) ?? 'the run stopped');
    const key = `${node}\u0000${reason}`;
    const group = groups.get(key);
    if (group) group.states++;
    else {
      const nodeId = cm.nodeIds[node] as string;
      // The first state found is the witness's: say what its conditions read there.
      const detail = flag === STATE_STUCK ? valuesReadAt(cm, codec, graph, s, node) : '';
      groups.set(key, {
        nodeId,
        nodeIndex: node,
        reason: reason + detail,
        states: 1,
        witness: buildWitness(cm, codec, graph, factions, s),
      });
    }
  }
  return [...groups.values()];
}

/** ", with credits = 3, trusted = false": the variables the node's conditions read, in state `s`. */
function valuesReadAt(cm: CompiledMission, codec: StateCodec, graph: StateGraph, s: number, node: number): string {
  const slots = new Set<number>();
  for (let p = cm.portStart[node] as number; p < (cm.portStart[node + 1] as number); p++)
    for (const slot of cm.portConditionReads[p]?.slots ?? []) slots.add(slot);
  if (slots.size === 0) return '';
  const cursor = createCursor(cm, '');
  codec.unpack(graph.store.data, s * codec.words, cursor);
  const shown = [...slots].sort((a, b) => a - b).map((slot) => `${cm.slots[slot]?.name} = ${JSON.stringify(cursor.vars[slot])}`);
  return `, with ${shown.join(', ')}`;
}

/** Open states from which no ending can be reached, grouped by node, each with its shortest witness. */
export function findTraps(
  cm: CompiledMission,
  codec: StateCodec,
  graph: StateGraph,
  factions: readonly string[],
  reach: Uint8Array,
): Trap[] {
  const groups = new Map<number, Trap>();
  for (let s = 0; s < graph.expanded; s++) {
    if (graph.flags[s] !== STATE_OPEN || reach[s] === 1) continue;
    const node = nodeOfState(codec, graph, s);
    const group = groups.get(node);
    if (group) group.states++;
    else
      groups.set(node, {
        nodeId: cm.nodeIds[node] as string,
        nodeIndex: node,
        states: 1,
        witness: buildWitness(cm, codec, graph, factions, s),
      });
  }
  return [...groups.values()];
}
