/** fast-check generators of whole fights (units, waves, goals, limits), for the combat property tests. */
import fc from 'fast-check';
import type { CombatData, Mission, Mode, Unit, UnitGroup } from '../../../format/mission.types';
import { fixtureMission } from '../test-fixtures';

/** The node id every generated fight sits at. */
export const RANDOM_FIGHT_NODE = 'space';

const statsArb = (maxHull: number, maxDamage: number) =>
  fc.record({
    hull: fc.integer({ min: 1, max: maxHull }),
    shields: fc.integer({ min: 0, max: 100 }),
    shieldRegen: fc.integer({ min: 0, max: 15 }),
    damage: fc.integer({ min: 0, max: maxDamage }),
    // Hundredths: fc.double spreads over the float encodings, which puts most values near 0.
    accuracy: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
    evasion: fc.integer({ min: 0, max: 60 }).map((x) => x / 100),
  });

// Mostly unbiased stats, allies tougher than enemies, so that most fights can be won in time and every
// branch of the auto policy gets exercised; now and then fast-check's edge values (no damage, no accuracy...).
const unitArb = (id: string, mode: Mode, ally: boolean): fc.Arbitrary<Unit> => {
  const stats = ally ? statsArb(300, 120) : statsArb(120, 50);
  return fc
    .oneof({ arbitrary: fc.noBias(stats), weight: 3 }, { arbitrary: stats, weight: 1 })
    .map((s) => ({ id, name: id, kind: mode, ...s }));
};

const groupsArb = (ids: readonly string[]): fc.Arbitrary<UnitGroup[]> =>
  fc.array(fc.record({ unit: fc.constantFrom(...ids), count: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 });

/** The goal of a fight with these ally groups: protect lists allies past the player's group, when there are. */
const goalArb = (allies: readonly UnitGroup[], roundLimit: number): fc.Arbitrary<CombatData['goal']> => {
  const escorts = [...new Set(allies.slice(1).map((g) => g.unit))];
  const goals: Array<fc.Arbitrary<CombatData['goal']>> = [
    fc.constant({ type: 'defeat-all' as const }),
    fc.integer({ min: 1, max: roundLimit + 3 }).map((rounds) => ({ type: 'survive' as const, rounds })),
  ];
  if (escorts.length > 0) {
    // Every combatant of a listed unit counts, the player's group included if it shares the unit.
    const listed = allies.filter((g) => escorts.includes(g.unit)).reduce((n, g) => n + g.count, 0);
    goals.push(
      fc
        .record({ units: fc.subarray(escorts, { minLength: 1 }), atLeast: fc.integer({ min: 0, max: listed }) })
        .map(({ units, atLeast }) => {
          const fielded = allies.filter((g) => units.includes(g.unit)).reduce((n, g) => n + g.count, 0);
          return { type: 'protect' as const, units, atLeast: Math.min(atLeast, fielded) };
        }),
    );
  }
  return fc.oneof(...goals);
};

/** A mission whose node `RANDOM_FIGHT_NODE` is a random fight: either mode, 1-3 ally and enemy units in up to
 * three waves, any goal, a round limit of 1-80. Valid for `buildRoster` by construction. */
export const randomFightArb: fc.Arbitrary<Mission> = fc
  .record({
    mode: fc.constantFrom<Mode>('space', 'ground'),
    allyKinds: fc.integer({ min: 1, max: 3 }),
    enemyKinds: fc.integer({ min: 1, max: 3 }),
    roundLimit: fc.oneof(
      { arbitrary: fc.noBias(fc.integer({ min: 5, max: 80 })), weight: 3 },
      { arbitrary: fc.integer({ min: 1, max: 80 }), weight: 1 },
    ),
  })
  .chain(({ mode, allyKinds, enemyKinds, roundLimit }) => {
    const allyIds = Array.from({ length: allyKinds }, (_, i) => `ally-${i}`);
    const enemyIds = Array.from({ length: enemyKinds }, (_, i) => `enemy-${i}`);
    return fc
      .record({
        units: fc.tuple(...allyIds.map((id) => unitArb(id, mode, true)), ...enemyIds.map((id) => unitArb(id, mode, false))),
        allies: groupsArb(allyIds),
        enemies: groupsArb(enemyIds).chain((groups) =>
          fc.tuple(...groups.map((g) => fc.integer({ min: 1, max: 3 }).map((wave) => ({ ...g, wave })))),
        ),
      })
      .chain(({ units, allies, enemies }) =>
        goalArb(allies, roundLimit).map((goal) => {
          const data: CombatData = { mode, allies, enemies, goal, roundLimit };
          const mission = fixtureMission({ space: data });
          return { ...mission, units: [...mission.units, ...units] };
        }),
      );
  });
