import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { estimateClearRounds } from './auto-estimates';
import { AUTO_TIME_MARGIN, autoStance, autoStanceCode } from './auto-stance';
import { runFastFight } from './balance';
import { resolveCombat, startCombat } from './combat';
import { STANCES, type Combatant, type CombatState } from './combat.types';
import { createFight } from './fight';
import { seedRng } from './rng';
import { buildRoster } from './roster';
import { STANCE_CODES } from './rules';
import { fightFromState, stateFromFight } from './state';
import { RANDOM_FIGHT_NODE, randomFightArb } from './test-support/combat-arbitraries';
import { ESCORT_FIGHT, GROUND_FIGHT, SPACE_FIGHT, fixtureMission, withUnit } from './test-fixtures';

const mission = fixtureMission();
const fresh = (nodeId: string, m: Mission = mission) => startCombat(m, nodeId, 1);

function withAlly(state: CombatState, index: number, change: Partial<Combatant>): CombatState {
  return { ...state, allies: state.allies.map((c, i) => (i === index ? { ...c, ...change } : c)) };
}

/** The state with every enemy of the first wave destroyed except the one at `keep`. */
function withOneEnemyLeft(state: CombatState, keep: number): CombatState {
  const enemies = state.enemies.map((e, i) => (i === keep || e.wave !== 1 ? e : { ...e, hull: 0, shields: 0, alive: false }));
  return { ...state, enemies };
}

describe('autoStance on a defeat-all fight', () => {
  // The fixture's space fight is tight on time (only attack clears it in 20 rounds), so the tests of the bars
  // use a copy with time to spare.
  const roomy = fixtureMission({
    space: { ...SPACE_FIGHT, roundLimit: 60 },
    ground: { ...GROUND_FIGHT, goal: { type: 'defeat-all' }, roundLimit: 30 },
  });

  it('attacks while every ally is healthy', () => {
    expect(autoStance(fresh('space', roomy), roomy)).toBe('attack');
  });

  it('defends when an ally in danger has its shields down', () => {
    expect(autoStance(withAlly(fresh('space', roomy), 1, { hull: 10, shields: 0 }), roomy)).toBe('defend');
  });

  it('keeps attacking when the ally in danger still has its shields up', () => {
    expect(autoStance(withAlly(fresh('space', roomy), 1, { hull: 10 }), roomy)).toBe('attack');
  });

  it('ignores allies that are already destroyed', () => {
    expect(autoStance(withAlly(fresh('space', roomy), 1, { hull: 0, shields: 0, alive: false }), roomy)).toBe('attack');
  });

  it('attacks to finish a wave that is nearly destroyed, even with an ally in danger', () => {
    const state = withOneEnemyLeft(withAlly(fresh('space', roomy), 1, { hull: 10, shields: 0 }), 0);
    const beaten = { ...state, enemies: state.enemies.map((e, i) => (i === 0 ? { ...e, hull: 5, shields: 0 } : e)) };
    expect(autoStance(beaten, roomy)).toBe('attack');
  });

  it('attacks when too few rounds are left for anything slower, even with an ally in danger', () => {
    const endangered = withAlly(fresh('space', roomy), 1, { hull: 10, shields: 0 });
    expect(autoStance({ ...endangered, round: 40 }, roomy)).toBe('attack');
    expect(autoStance(withAlly(fresh('space'), 1, { hull: 10, shields: 0 }), mission)).toBe('attack');
  });

  it('goes evasive when the player\u2019s own shieldless unit is in danger', () => {
    expect(autoStance(withAlly(fresh('ground', roomy), 0, { hull: 5 }), roomy)).toBe('evasive');
  });

  it('stops going evasive for the player once evasive could no longer clear the field in time', () => {
    // Round by round with the player hurt: evasive while even evasive would clear the field in time, then
    // attack, before the clock would force attack on every stance.
    const r = buildRoster(roomy, 'ground');
    const clear = new Float64Array(STANCES.length);
    const seen: string[] = [];
    for (let round = 0; round < 30; round++) {
      const state = { ...withAlly(fresh('ground', roomy), 0, { hull: 5 }), round };
      estimateClearRounds(r, fightFromState(r, state), clear);
      const roundsLeft = (30 - round) / AUTO_TIME_MARGIN;
      const evasiveInTime = (clear[STANCE_CODES.evasive] ?? Infinity) <= roundsLeft;
      const attackInTime = (clear[STANCE_CODES.attack] ?? Infinity) <= roundsLeft;
      if (attackInTime) seen.push(`${evasiveInTime ? 'both' : 'attack-only'}:${autoStance(state, roomy)}`);
    }
    expect(seen).toContain('both:evasive');
    expect(seen).toContain('attack-only:attack');
    expect(seen.filter((s) => s.startsWith('attack-only')).every((s) => s === 'attack-only:attack')).toBe(true);
  });

  it('keeps attacking when only another shieldless ally is in danger', () => {
    expect(autoStance(withAlly(fresh('ground', roomy), 2, { hull: 5 }), roomy)).toBe('attack');
  });
});

describe('autoStance on a survive fight', () => {
  it('plays for time: defends from the first round when no stance can clear the wave sooner', () => {
    // Six troopers outlast the five rounds in any stance, so the stance that lets the least through wins.
    expect(autoStance(fresh('ground'), mission)).toBe('defend');
  });

  it('goes evasive instead when the allies dodge well enough for it to let less through', () => {
    const nimble = withUnit(mission, 'marine', { evasion: 0.5 });
    expect(autoStance(fresh('ground', nimble), nimble)).toBe('evasive');
  });

  it('attacks when clearing the last enemy quickly means less fire in all', () => {
    // Marines with no evasion lose nothing to attack\u2019s evasion penalty, and one trooper falls in about a round.
    const steady = withUnit(mission, 'marine', { evasion: 0 });
    expect(autoStance(fresh('ground', steady), steady)).toBe('defend');
    expect(autoStance(withOneEnemyLeft(fresh('ground', steady), 0), steady)).toBe('attack');
  });
});

describe('autoStance on a protect fight', () => {
  it('defends when a protected ally in danger has its shields down', () => {
    expect(autoStance(withAlly(fresh('escort'), 1, { hull: 10, shields: 0 }), mission)).toBe('defend');
  });

  it('ignores an unprotected ally in danger, since the enemies shoot only at protected ones', () => {
    const state = fresh('escort');
    expect(autoStance(withAlly(state, 0, { hull: 10, shields: 0 }), mission)).toBe(autoStance(state, mission));
  });

  it('attacks when too few rounds are left for anything slower, even with a protected ally in danger', () => {
    expect(autoStance({ ...withAlly(fresh('escort'), 1, { hull: 10, shields: 0 }), round: 14 }, mission)).toBe('attack');
  });

  it('spares the protected allies with time to spare: the stance that lets the least through', () => {
    const patient = fixtureMission({ escort: { ...ESCORT_FIGHT, roundLimit: 200 } });
    expect(autoStance(fresh('escort'), mission)).toBe('attack'); // 15 rounds: only attack clears it in time
    expect(autoStance(fresh('escort', patient), patient)).toBe('defend');
  });
});

describe('autoStanceCode', () => {
  it('plays every fight exactly as resolveCombat does with autoStance, on random fights', () => {
    fc.assert(
      fc.property(randomFightArb, fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (m, seed) => {
        const r = buildRoster(m, RANDOM_FIGHT_NODE);
        const f = createFight(r, seed);
        runFastFight(r, f, seed, autoStanceCode, seedRng(0));
        expect(stateFromFight(r, f)).toEqual(resolveCombat(m, startCombat(m, RANDOM_FIGHT_NODE, seed), autoStance).state);
      }),
      { numRuns: 150 },
    );
  });
});
