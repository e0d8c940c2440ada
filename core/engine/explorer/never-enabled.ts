/**
 * Choices and hub options that no explored state offered, with what the variables their condition reads were
 * seen to hold at that node: "credits is 1 to 5 there" says why `credits >= 10` never holds.
 */
import type { MissionNode, Value } from '../../format/mission.types';
import { createCursor } from '../compile/cursor';
import { KIND_DIALOG, KIND_HUB, type CompiledMission } from '../compile/compiled-mission.types';
import { buildWitness } from './analyze-graph';
import type { NeverEnabledChoice, ObservedValues } from './explore-report.types';
import type { StateCodec } from './state-codec';
import { STATE_END, STATE_ERROR, type StateGraph } from './state-graph.types';

/** Distinct values remembered per variable and node; past it only the count (and a number's range) grows. */
const KEEP_VALUES = 64;

interface Seen {
  values: Set<Value>;
  distinct: number;
  min: number;
  max: number;
}

/** The condition text of a dialog choice, hub option or hub continue, if it has one. */
function conditionOf(node: MissionNode | undefined, portIndex: number): string | null {
  if (node?.type === 'dialog') return node.data.choices[portIndex]?.condition ?? null;
  if (node?.type === 'hub') return (node.data.options[portIndex] ?? node.data.continue).condition ?? null;
  return null;
}

/**
 * Finds the never-enabled choices of reached nodes, what the variables their conditions read held there, and
 * a shortest way to the node (to see the choice closed in the preview).
 */
export function findNeverEnabledChoices(
  cm: CompiledMission,
  codec: StateCodec,
  graph: StateGraph,
  factions: readonly string[],
): NeverEnabledChoice[] {
  const found: Array<NeverEnabledChoice & { slots: readonly number[] }> = [];
  for (let n = 0; n < cm.nodeCount; n++) {
    const kind = cm.kind[n];
    if ((kind !== KIND_DIALOG && kind !== KIND_HUB) || graph.entered[n] !== 1) continue;
    const first = cm.portStart[n] as number;
    const last = cm.portStart[n + 1] as number;
    for (let p = first; p < last; p++) {
      if (graph.portEnabled[p] === 1) continue;
      const portIndex = p - first;
      const isContinue = kind === KIND_HUB && p === last - 1;
      found.push({
        nodeId: cm.nodeIds[n] as string,
        nodeIndex: n,
        portId: cm.portIds[p] as string,
        portIndex,
        kind: kind === KIND_DIALOG ? 'choice' : isContinue ? 'continue' : 'option',
        condition: conditionOf(cm.mission.nodes[n], portIndex),
        observed: [],
        witness: null,
        slots: cm.portConditionReads[p]?.slots ?? [],
      });
    }
  }
  const { seen, first } = observe(cm, codec, graph, found);
  return found.map(({ slots, ...choice }) => ({
    ...choice,
    witness: first.has(choice.nodeIndex) ? buildWitness(cm, codec, graph, factions, first.get(choice.nodeIndex) as number) : null,
    observed: slots.flatMap((slot) => {
      const s = seen.get(choice.nodeIndex)?.get(slot);
      return s ? [summarize(cm.slots[slot]?.name ?? `#${slot}`, s)] : [];
    }),
  }));
}

/**
 * One pass over the explored states: the values each wanted slot takes at each wanted node, and the first
 * (so shortest-witness) state at each wanted node.
 */
function observe(
  cm: CompiledMission,
  codec: StateCodec,
  graph: StateGraph,
  wanted: ReadonlyArray<{ nodeIndex: number; slots: readonly number[] }>,
) {
  const seen = new Map<number, Map<number, Seen>>();
  const first = new Map<number, number>();
  for (const w of wanted) {
    const bySlot = seen.get(w.nodeIndex) ?? new Map<number, Seen>();
    for (const slot of w.slots) if (!bySlot.has(slot)) bySlot.set(slot, { values: new Set(), distinct: 0, min: Infinity, max: -Infinity });
    seen.set(w.nodeIndex, bySlot);
  }
  if (seen.size === 0) return { seen, first };
  const cursor = createCursor(cm, '');
  const { data, count } = graph.store;
  for (let s = 0; s < count; s++) {
    const flag = graph.flags[s];
    if (flag === STATE_END || flag === STATE_ERROR) continue;
    const node = codec.nodeOf(data, s * codec.words);
    const bySlot = seen.get(node);
    if (!bySlot) continue;
    if (!first.has(node)) first.set(node, s);
    if (bySlot.size === 0) continue;
    codec.unpack(data, s * codec.words, cursor);
    for (const [slot, entry] of bySlot) note(entry, cursor.vars[slot] as Value);
  }
  return { seen, first };
}

function note(entry: Seen, v: Value): void {
  if (typeof v === 'number') {
    entry.min = Math.min(entry.min, v);
    entry.max = Math.max(entry.max, v);
  }
  if (entry.values.has(v)) return;
  if (entry.values.size < KEEP_VALUES) entry.values.add(v);
  entry.distinct++;
}

function summarize(variable: string, s: Seen): ObservedValues {
  const values = [...s.values].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  );
  return { variable, values, distinct: s.distinct, ...(s.min <= s.max ? { min: s.min, max: s.max } : {}) };
}
