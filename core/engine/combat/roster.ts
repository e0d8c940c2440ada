import type { CombatData, CombatNode, Mission, Unit, UnitGroup } from '../../format/mission.types';

/** Goal kinds as small integers for the fight loop. */
const GOAL_DEFEAT_ALL = 0;
export const GOAL_SURVIVE = 1;
export const GOAL_PROTECT = 2;

/**
 * Everything about a fight that never changes while it runs, in typed arrays indexed by combatant:
 * allies first (in `data.allies` order), then enemies (in `data.enemies` order, all waves).
 * Built once per node so a Monte Carlo run touches no mission objects.
 */
export interface Roster {
  nodeId: string;
  nodeIndex: number;
  title: string;
  size: number;
  allyCount: number;
  keys: string[];
  units: string[];
  names: string[];
  maxHull: Float64Array;
  maxShields: Float64Array;
  shieldRegen: Float64Array;
  damage: Float64Array;
  accuracy: Float64Array;
  evasion: Float64Array;
  /** Enemy wave number (allies: 1). */
  wave: Int32Array;
  /** 1 for the units of the player's group, `data.allies[0]`. */
  isPlayer: Uint8Array;
  playerCount: number;
  /** 1 for allies a `protect` goal lists. */
  isProtected: Uint8Array;
  /** How many protected allies must stay alive (0 without a protect goal). */
  protectNeeded: number;
  /** Distinct enemy wave numbers, ascending. */
  waves: number[];
  /** Combatant indices of each wave, parallel to `waves`. */
  waveMembers: Int32Array[];
  goal: number;
  surviveRounds: number;
  roundLimit: number;
}

/** The combat node `nodeId` of the mission, and its index; throws a clear Error when there is none. */
function findCombatNode(mission: Mission, nodeId: string): { node: CombatNode; index: number } {
  const index = mission.nodes.findIndex((n) => n.id === nodeId);
  const node = mission.nodes[index];
  if (!node) throw new Error(`No node "${nodeId}" in the mission`);
  if (node.type !== 'combat') throw new Error(`Node "${nodeId}" is a ${node.type} node, not a combat node`);
  return { node, index };
}

/** Builds the roster of a combat node; throws a clear Error for a missing unit or an impossible goal. */
export function buildRoster(mission: Mission, nodeId: string): Roster {
  const { node, index } = findCombatNode(mission, nodeId);
  const data = node.data;
  const unitsById = new Map(mission.units.map((u) => [u.id, u]));
  const slots = [...expandGroups(nodeId, data.allies, unitsById, 'ally'), ...expandGroups(nodeId, data.enemies, unitsById, 'enemy')];
  const allyCount = slots.filter((s) => s.side === 'ally').length;
  if (allyCount === 0) throw new Error(`Combat node "${nodeId}" has no allies: the player needs a ship or squad`);
  const playerGroupSize = groupCount(data.allies[0]);
  if (playerGroupSize === 0) throw new Error(`Combat node "${nodeId}": the player's group (allies[0]) is empty`);

  const size = slots.length;
  const r: Roster = {
    nodeId,
    nodeIndex: index,
    title: node.title,
    size,
    allyCount,
    keys: [],
    units: [],
    names: [],
    maxHull: new Float64Array(size),
    maxShields: new Float64Array(size),
    shieldRegen: new Float64Array(size),
    damage: new Float64Array(size),
    accuracy: new Float64Array(size),
    evasion: new Float64Array(size),
    wave: new Int32Array(size),
    isPlayer: new Uint8Array(size),
    playerCount: playerGroupSize,
    isProtected: new Uint8Array(size),
    protectNeeded: 0,
    waves: [],
    waveMembers: [],
    goal: GOAL_DEFEAT_ALL,
    surviveRounds: 0,
    roundLimit: Math.max(1, Math.floor(data.roundLimit)),
  };
  fillSlots(r, slots, data.mode === 'space');
  for (let i = 0; i < playerGroupSize; i++) r.isPlayer[i] = 1;
  fillWaves(r);
  fillGoal(r, data);
  return r;
}

interface Slot {
  unit: Unit;
  side: 'ally' | 'enemy';
  wave: number;
}

function groupCount(group: UnitGroup | undefined): number {
  return group ? Math.max(0, Math.floor(group.count)) : 0;
}

function expandGroups(
  nodeId: string,
  groups: ReadonlyArray<UnitGroup & { wave?: number }>,
  unitsById: ReadonlyMap<string, Unit>,
  side: 'ally' | 'enemy',
): Slot[] {
  const slots: Slot[] = [];
  for (const group of groups) {
    const unit = unitsById.get(group.unit);
    if (!unit) {
      throw new Error(`Combat node "${nodeId}" references unit "${group.unit}" (${side}), which is not in mission.units`);
    }
    const wave = side === 'enemy' ? (group.wave ?? 1) : 1;
    for (let i = 0; i < groupCount(group); i++) slots.push({ unit, side, wave });
  }
  return slots;
}

function fillSlots(r: Roster, slots: readonly Slot[], space: boolean): void {
  const total = new Map<string, number>();
  for (const s of slots) total.set(s.unit.id, (total.get(s.unit.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  slots.forEach((s, i) => {
    const n = (seen.get(s.unit.id) ?? 0) + 1;
    seen.set(s.unit.id, n);
    r.keys.push(`${s.unit.id}#${n}`);
    r.units.push(s.unit.id);
    r.names.push((total.get(s.unit.id) ?? 0) > 1 ? `${s.unit.name} ${n}` : s.unit.name);
    r.maxHull[i] = Math.max(1, s.unit.hull);
    // Shields are a space rule: a ground fight ignores them even if the unit lists some.
    r.maxShields[i] = space ? Math.max(0, s.unit.shields ?? 0) : 0;
    r.shieldRegen[i] = space ? Math.max(0, s.unit.shieldRegen ?? 0) : 0;
    r.damage[i] = Math.max(0, s.unit.damage);
    r.accuracy[i] = s.unit.accuracy;
    r.evasion[i] = s.unit.evasion ?? 0;
    r.wave[i] = s.wave;
  });
}

function fillWaves(r: Roster): void {
  const waves = new Set<number>();
  for (let i = r.allyCount; i < r.size; i++) waves.add(r.wave[i] ?? 1);
  r.waves = [...waves].sort((a, b) => a - b);
  r.waveMembers = r.waves.map((w) => {
    const members: number[] = [];
    for (let i = r.allyCount; i < r.size; i++) if (r.wave[i] === w) members.push(i);
    return Int32Array.from(members);
  });
}

function fillGoal(r: Roster, data: CombatData): void {
  const goal = data.goal;
  if (goal.type === 'survive') {
    r.goal = GOAL_SURVIVE;
    r.surviveRounds = Math.max(1, Math.floor(goal.rounds));
  } else if (goal.type === 'protect') {
    r.goal = GOAL_PROTECT;
    let listed = 0;
    for (const unitId of goal.units) {
      let found = false;
      for (let i = 0; i < r.allyCount; i++) {
        if (r.units[i] === unitId && r.isProtected[i] === 0) {
          r.isProtected[i] = 1;
          listed++;
          found = true;
        }
      }
      if (!found) throw new Error(`Combat node "${r.nodeId}" protects unit "${unitId}", which is not among its allies`);
    }
    const needed = goal.atLeast ?? listed;
    if (needed > listed) {
      throw new Error(`Combat node "${r.nodeId}" needs ${needed} protected allies to survive but fields only ${listed}`);
    }
    r.protectNeeded = Math.max(0, Math.floor(needed));
  }
}

const rosters = new WeakMap<Mission, Map<string, Roster>>();

/**
 * `buildRoster`, cached per mission object and node (missions are immutable values, rosters are never written
 * after they are built): the simulator asks for one every round and every auto-resolved stance.
 */
export function getRoster(mission: Mission, nodeId: string): Roster {
  let byNode = rosters.get(mission);
  if (!byNode) rosters.set(mission, (byNode = new Map()));
  let roster = byNode.get(nodeId);
  if (!roster) byNode.set(nodeId, (roster = buildRoster(mission, nodeId)));
  return roster;
}
