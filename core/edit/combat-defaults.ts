import type { CombatNode, Mission, Mode, Unit } from '../format/mission.types';

/** The sides a new fight starts with when the mission has no units yet: a squad and its opponents, on the ground. */
const FIRST_UNITS: ReadonlyArray<Omit<Unit, 'id'>> = [
  { name: 'Away team', kind: 'ground', hull: 50, damage: 10, accuracy: 0.7 },
  { name: 'Hostile squad', kind: 'ground', hull: 40, damage: 8, accuracy: 0.6 },
];

function freshUnitId(taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const id = `unit-${i}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/**
 * A unit for a new row of a fight's side: the first unit of the fight's kind that the other side does not use
 * (a new enemy row is not the player's own ship), else the first of that kind; '' when the mission has none.
 */
export function unitForNewRow(units: readonly Unit[], mode: Mode, otherSide: readonly string[]): string {
  const ofKind = units.filter((u) => u.kind === mode);
  return (ofKind.find((u) => !otherSide.includes(u.id)) ?? ofKind[0])?.id ?? '';
}

/**
 * A new fight that is valid as it is made: its mode is that of the mission's units (space when only ships are
 * declared), an ally and an enemy of that kind; and when the mission has no units at all, two new ones (returned
 * in `units`, to be added in the same step) so the fight never points at nothing.
 */
export function withCombatDefaults(mission: Mission, node: CombatNode): { node: CombatNode; units: Unit[] } {
  const ground = mission.units.some((u) => u.kind === 'ground');
  const space = mission.units.some((u) => u.kind === 'space');
  if (ground || space) {
    const mode: Mode = ground ? node.data.mode : 'space';
    const ally = unitForNewRow(mission.units, mode, []);
    const enemy = unitForNewRow(mission.units, mode, [ally]);
    return {
      node: { ...node, data: { ...node.data, mode, allies: [{ unit: ally, count: 1 }], enemies: [{ unit: enemy, count: 1 }] } },
      units: [],
    };
  }
  const taken = new Set(mission.units.map((u) => u.id));
  const units = FIRST_UNITS.map((u) => ({ id: freshUnitId(taken), ...u }));
  const [ally, enemy] = units as [Unit, Unit];
  return {
    node: {
      ...node,
      data: { ...node.data, mode: 'ground', allies: [{ unit: ally.id, count: 1 }], enemies: [{ unit: enemy.id, count: 2 }] },
    },
    units,
  };
}
