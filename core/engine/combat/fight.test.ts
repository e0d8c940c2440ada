import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { autoStance, autoStanceCode } from './auto-stance';
import { runFastFight, type FastPolicy } from './balance';
import { playRound, resolveCombat, startCombat } from './combat';
import type { Stance } from './combat.types';
import { createFight, playFightRound } from './fight';
import { seedRng } from './rng';
import { buildRoster } from './roster';
import { STANCE_BY_CODE, STANCE_CODES } from './rules';
import { stateFromFight } from './state';
import { RANDOM_FIGHT_NODE, randomFightArb } from './test-support/combat-arbitraries';
import { fixtureMission } from './test-fixtures';

const mission = fixtureMission();
const nodeIds = ['space', 'ground', 'escort'] as const;
const stanceArb = fc.constantFrom<Stance>('attack', 'defend', 'evasive');
const stancesArb = fc.array(stanceArb, { minLength: 1, maxLength: 30 });
const seedArb = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

/** The stance for a round from a fixed list, cycled: the same sequence on both paths. */
const fromList =
  (stances: Stance[]) =>
  (round: number): Stance =>
    stances[round % stances.length]!;

describe('playFightRound', () => {
  // One Fight per node, reused across every property run, as the Monte Carlo loop reuses it.
  const fights = Object.fromEntries(
    nodeIds.map((id) => {
      const roster = buildRoster(mission, id);
      return [id, { roster, fight: createFight(roster, 0) }];
    }),
  );

  it('ends the fast path in exactly the state playRound reaches for the same seed and stances', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nodeIds), seedArb, stancesArb, (nodeId, seed, stances) => {
        const pick = fromList(stances);
        const slow = resolveCombat(mission, startCombat(mission, nodeId, seed), (s) => pick(s.round));
        const { roster, fight } = fights[nodeId]!;
        const policy: FastPolicy = (_r, f) => STANCE_CODES[pick(f.round)];
        runFastFight(roster, fight, seed, policy, seedRng(0));
        expect(stateFromFight(roster, fight)).toEqual(slow.state);
      }),
      { numRuns: 300 },
    );
  });

  /** Plays one fight on both paths with the same stances, checking that auto would choose alike every round. */
  function expectSameAutoStances(m: Mission, nodeId: string, seed: number, stances: Stance[]): void {
    const pick = fromList(stances);
    const roster = buildRoster(m, nodeId);
    const fight = createFight(roster, seed);
    let state = startCombat(m, nodeId, seed);
    while (state.outcome === null) {
      expect(STANCE_BY_CODE[autoStanceCode(roster, fight)]).toBe(autoStance(state, m));
      const stance = pick(state.round);
      state = playRound(m, state, stance).state;
      playFightRound(roster, fight, STANCE_CODES[stance], null);
    }
  }

  it('picks the same auto stance from a Fight as autoStance does from the state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nodeIds), seedArb, stancesArb, (nodeId, seed, stances) => {
        expectSameAutoStances(mission, nodeId, seed, stances);
      }),
      { numRuns: 100 },
    );
  });

  it('picks the same auto stance on both paths in random fights of every goal, waves and mode', () => {
    fc.assert(
      fc.property(randomFightArb, seedArb, stancesArb, (m, seed, stances) => {
        expectSameAutoStances(m, RANDOM_FIGHT_NODE, seed, stances);
      }),
      { numRuns: 200 },
    );
  });
});
