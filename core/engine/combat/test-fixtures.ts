import type { CombatData, Mission, Unit } from '../../format/mission.types';

/** Units of the test mission: a small space roster and a small ground roster. */
const FIXTURE_UNITS: Unit[] = [
  { id: 'corvette', name: 'Corvette', kind: 'space', hull: 100, shields: 60, shieldRegen: 10, damage: 18, accuracy: 0.8, evasion: 0.25 },
  { id: 'tender', name: 'Supply Tender', kind: 'space', hull: 50, shields: 20, shieldRegen: 5, damage: 4, accuracy: 0.5, evasion: 0.15 },
  { id: 'raider', name: 'Raider', kind: 'space', hull: 40, shields: 10, shieldRegen: 2, damage: 8, accuracy: 0.7, evasion: 0.2 },
  { id: 'cruiser', name: 'Heavy Cruiser', kind: 'space', hull: 100, shields: 40, shieldRegen: 5, damage: 16, accuracy: 0.6, evasion: 0.05 },
  { id: 'marine', name: 'Marine', kind: 'ground', hull: 30, damage: 6, accuracy: 0.75, evasion: 0.1 },
  { id: 'trooper', name: 'Trooper', kind: 'ground', hull: 20, damage: 5, accuracy: 0.6, evasion: 0.1 },
];

/** A space fight: the corvette and a tender against two waves, defeat them all. */
export const SPACE_FIGHT: CombatData = {
  mode: 'space',
  allies: [
    { unit: 'corvette', count: 1 },
    { unit: 'tender', count: 1 },
  ],
  enemies: [
    { unit: 'raider', count: 2, wave: 1 },
    { unit: 'cruiser', count: 1, wave: 2 },
  ],
  goal: { type: 'defeat-all' },
  roundLimit: 20,
};

/** A ground fight: three marines hold out against troopers for five rounds. */
export const GROUND_FIGHT: CombatData = {
  mode: 'ground',
  allies: [{ unit: 'marine', count: 3 }],
  enemies: [{ unit: 'trooper', count: 6 }],
  goal: { type: 'survive', rounds: 5 },
  roundLimit: 10,
};

/** A space escort: keep the tender alive while raiders come at it. */
export const ESCORT_FIGHT: CombatData = {
  mode: 'space',
  allies: [
    { unit: 'corvette', count: 1 },
    { unit: 'tender', count: 2 },
  ],
  enemies: [{ unit: 'raider', count: 3 }],
  goal: { type: 'protect', units: ['tender'], atLeast: 1 },
  roundLimit: 15,
};

/** A tiny mission with the three fights above, a narration node and an end. */
export function fixtureMission(overrides: Partial<Record<'space' | 'ground' | 'escort', CombatData>> = {}): Mission {
  const combat = (id: string, title: string, data: CombatData, x: number) =>
    ({ id, type: 'combat', title, position: { x, y: 0 }, data }) as const;
  return {
    format: 'mission-studio/2',
    meta: { id: 'combat-fixture', title: 'Combat Fixture', summary: 'Fights for the combat tests.', factions: ['any'] },
    variables: [],
    cast: [],
    locations: [],
    units: FIXTURE_UNITS.map((u) => ({ ...u })),
    nodes: [
      { id: 'start', type: 'start', title: 'Start', position: { x: 0, y: 0 }, data: { faction: 'any', text: 'Go.' } },
      { id: 'briefing', type: 'narration', title: 'Briefing', position: { x: 100, y: 0 }, data: { lines: ['Raiders ahead.'] } },
      combat('space', 'Raider Ambush', overrides.space ?? SPACE_FIGHT, 200),
      combat('ground', 'Hold the Corridor', overrides.ground ?? GROUND_FIGHT, 300),
      combat('escort', 'Guard the Tenders', overrides.escort ?? ESCORT_FIGHT, 400),
      { id: 'end', type: 'end', title: 'End', position: { x: 500, y: 0 }, data: { outcome: 'success', text: 'Done.' } },
    ],
    edges: [],
  };
}

/** The fixture mission with one unit's stats changed (for tests that compare stats). */
export function withUnit(mission: Mission, id: string, change: Partial<Unit>): Mission {
  return { ...mission, units: mission.units.map((u) => (u.id === id ? { ...u, ...change } : u)) };
}
