/** Builds the flat tables of a `CompiledMission` from a mission file, and caches them per mission object. */
import type { Mission, MissionNode, VariableType } from '../../format/mission.types';
import { outputPorts } from '../../format/ports';
import { startCombat } from '../combat';
import { parseCondition, parseEffect } from '../../expressions/parse';
import { createExpressionCompiler, type ExpressionParsers } from './compile-expressions';
import {
  KIND_BRANCH,
  KIND_COMBAT,
  KIND_DIALOG,
  KIND_END,
  KIND_GROUP,
  KIND_HUB,
  KIND_NARRATION,
  KIND_OBJECTIVE,
  KIND_SET,
  KIND_START,
  type CompiledEffectEntry,
  type CompiledMission,
  type CompiledValue,
  type ExprReads,
  type SlotInfo,
} from './compiled-mission.types';

const KIND_CODES: Record<MissionNode['type'], number> = {
  start: KIND_START,
  narration: KIND_NARRATION,
  dialog: KIND_DIALOG,
  objective: KIND_OBJECTIVE,
  hub: KIND_HUB,
  branch: KIND_BRANCH,
  set: KIND_SET,
  combat: KIND_COMBAT,
  end: KIND_END,
  group: KIND_GROUP,
};

const TYPE_CODES: Record<VariableType, number> = { bool: 0, number: 1, string: 2, enum: 3 };

const NO_EFFECTS: readonly CompiledEffectEntry[] = [];

/** Declared variables get slots in file order; the built-in `faction` comes last unless a declaration hides it. */
function buildSlots(mission: Mission): { slots: SlotInfo[]; slotByName: Map<string, number>; factionSlot: number } {
  const slots: SlotInfo[] = [];
  const slotByName = new Map<string, number>();
  for (const v of mission.variables) {
    if (slotByName.has(v.id)) continue; // a duplicate id is the validator's to report; the first one wins
    slotByName.set(v.id, slots.length);
    slots.push({ name: v.id, type: v.type, initial: v.initial, values: v.values ?? null, readOnly: false });
  }
  let factionSlot = slotByName.get('faction') ?? -1;
  if (factionSlot < 0) {
    factionSlot = slots.length;
    slotByName.set('faction', factionSlot);
    const values = mission.meta.factions;
    slots.push({ name: 'faction', type: 'enum', initial: values[0] ?? '', values, readOnly: true });
  }
  return { slots, slotByName, factionSlot };
}

/** Core's own parser, for missions whose expressions are text (the editor's and the CLI's). */
export const TEXT_PARSERS: ExpressionParsers = { condition: parseCondition, effect: parseEffect };

/** Compiles a mission into the tables the step kernel runs. Never throws on a mission that matches the types. */
export function compileMission(mission: Mission, parsers: ExpressionParsers = TEXT_PARSERS): CompiledMission {
  const nodes = mission.nodes;
  const nodeCount = nodes.length;
  const nodeIds = nodes.map((n) => n.id);
  const nodeIndexById = new Map<string, number>();
  nodeIds.forEach((id, i) => {
    if (!nodeIndexById.has(id)) nodeIndexById.set(id, i);
  });
  const { slots, slotByName, factionSlot } = buildSlots(mission);
  const compiler = createExpressionCompiler(slotByName, slots, new Set(nodeIds), parsers);

  // The first edge leaving each (source, port) wins, as the format says.
  const firstEdge = new Map<string, number>();
  for (const edge of mission.edges) {
    const key = `${edge.source}\u0000${edge.sourceHandle}`;
    const target = nodeIndexById.get(edge.target);
    if (!firstEdge.has(key) && target !== undefined) firstEdge.set(key, target);
  }

  const kind = new Uint8Array(nodeCount);
  const portStart = new Int32Array(nodeCount + 1);
  const portIds: string[] = [];
  const targets: number[] = [];
  const portCondition: (CompiledValue | null)[] = [];
  const portConditionReads: (ExprReads | null)[] = [];
  const portEffects: (readonly CompiledEffectEntry[])[] = [];
  const once: number[] = [];
  const onceKeys: string[] = [];
  const nodeEffects: (readonly CompiledEffectEntry[])[] = [];

  nodes.forEach((node, n) => {
    kind[n] = KIND_CODES[node.type];
    portStart[n] = portIds.length;
    const ports = outputPorts(node);
    ports.forEach((port, p) => {
      portIds.push(port.id);
      targets.push(firstEdge.get(`${node.id}\u0000${port.id}`) ?? -1);
      let condition: string | undefined;
      let effects: readonly CompiledEffectEntry[] = NO_EFFECTS;
      let onceIndex = -1;
      if (node.type === 'dialog') {
        const choice = node.data.choices[p];
        condition = choice?.condition;
        if (choice?.effects?.length) effects = choice.effects.map((e) => compiler.effect(e));
      } else if (node.type === 'hub') {
        const option = node.data.options[p];
        condition = option ? option.condition : node.data.continue.condition;
        if (option?.once) {
          onceIndex = onceKeys.length;
          onceKeys.push(`${node.id}/${option.id}`);
        }
      } else if (node.type === 'branch') {
        condition = node.data.cases[p]?.condition;
      }
      const compiled = condition !== undefined && condition.trim() !== '' ? compiler.condition(condition) : null;
      portCondition.push(compiled?.compute ?? null);
      portConditionReads.push(compiled?.reads ?? null);
      portEffects.push(effects);
      once.push(onceIndex);
    });
    nodeEffects.push(node.type === 'set' ? node.data.effects.map((e) => compiler.effect(e)) : NO_EFFECTS);
  });
  portStart[nodeCount] = portIds.length;

  const trackIndex = new Int32Array(nodeCount).fill(-1);
  const trackedNodes = new Int32Array(compiler.trackedNodeIds.length);
  compiler.trackedNodeIds.forEach((id, t) => {
    const n = nodeIndexById.get(id) ?? -1;
    trackedNodes[t] = n;
    if (n >= 0) trackIndex[n] = t;
  });

  const stringLiterals = new Set(compiler.stringLiterals);
  for (const slot of slots) if (typeof slot.initial === 'string') stringLiterals.add(slot.initial);

  const combatProblem = nodes.map((node) => (node.type === 'combat' ? findCombatProblem(mission, node.id) : null));

  return {
    mission,
    nodeCount,
    combatProblem,
    nodeIds,
    nodeIndexById,
    kind,
    portStart,
    portIds,
    portTarget: Int32Array.from(targets),
    portCondition,
    portConditionReads,
    portEffects,
    portOnce: Int32Array.from(once),
    onceKeys,
    nodeEffects,
    slots,
    slotByName,
    slotTypeCode: Uint8Array.from(slots.map((s) => TYPE_CODES[s.type])),
    factionSlot,
    slotRelevant: findRelevantSlots(slots.length, compiler.conditionReads, compiler.effectReads),
    trackIndex,
    trackedNodes,
    stringLiterals,
  };
}

/** Why a combat node's fight cannot start, or null. The combat model's own check, run once with any seed. */
function findCombatProblem(mission: Mission, nodeId: string): string | null {
  try {
    startCombat(mission, nodeId, 1);
    return null;
  } catch (e) {
    return `the fight cannot start: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** A slot matters when a condition reads it, or when an effect that sets a slot that matters reads it. */
function findRelevantSlots(
  slotCount: number,
  conditionReads: ReadonlySet<number>,
  effectReads: readonly { target: number; reads: ReadonlySet<number> }[],
): Uint8Array {
  const relevant = new Uint8Array(slotCount);
  for (const s of conditionReads) relevant[s] = 1;
  for (let changed = true; changed;) {
    changed = false;
    for (const { target, reads } of effectReads) {
      if (relevant[target] !== 1) continue;
      for (const s of reads) {
        if (relevant[s] !== 1) {
          relevant[s] = 1;
          changed = true;
        }
      }
    }
  }
  return relevant;
}

const cache = new WeakMap<Mission, CompiledMission>();

/**
 * The compiled form of a mission object, compiled on first use (with `parsers`, core's text parser by default).
 * Missions are immutable values: an edit makes a new object. The runtime compiles its mission once with the
 * trees its file carries; the simulator's later calls for that object find it here.
 */
export function getCompiledMission(mission: Mission, parsers?: ExpressionParsers): CompiledMission {
  let compiled = cache.get(mission);
  if (!compiled) {
    compiled = compileMission(mission, parsers);
    cache.set(mission, compiled);
  }
  return compiled;
}
