import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateClearRounds, estimateNetFire } from './auto-estimates';
import { createFight, playFightRound, type Fight } from './fight';
import { buildRoster, type Roster } from './roster';
import { STANCE_CODES } from './rules';
import { RANDOM_FIGHT_NODE, randomFightArb } from './test-support/combat-arbitraries';
import { GROUND_FIGHT, SPACE_FIGHT, fixtureMission, withUnit } from './test-fixtures';

const { attack, defend, evasive } = STANCE_CODES;

/** A fight at its start, and the scratch arrays the estimates fill. */
function fresh(mission = fixtureMission(), nodeId = 'ground'): { r: Roster; f: Fight; out: Float64Array } {
  const r = buildRoster(mission, nodeId);
  return { r, f: createFight(r, 1), out: new Float64Array(3) };
}

// One marine against one trooper, so every figure can be worked out by hand from the two units' stats.
const duel = fixtureMission({
  ground: { ...GROUND_FIGHT, allies: [{ unit: 'marine', count: 1 }], enemies: [{ unit: 'trooper', count: 1 }] },
});

describe('estimateClearRounds', () => {
  it('divides what the enemy has left by the expected damage of the allies\u2019 shots in each stance', () => {
    const { r, f, out } = fresh(duel);
    estimateClearRounds(r, f, out);
    // A marine hits a trooper 0.75 x (1 - 0.1) of the time, for 6 x 1.25 -> 8, 6 x 0.7 -> 4, 6 x 0.85 -> 5.
    expect(out[attack]).toBeCloseTo(20 / (0.675 * 8), 12);
    expect(out[defend]).toBeCloseTo(20 / (0.675 * 4), 12);
    expect(out[evasive]).toBeCloseTo(20 / (0.675 * 5), 12);
  });

  it('counts the later waves at full strength', () => {
    const oneWave = fixtureMission({ space: { ...SPACE_FIGHT, enemies: SPACE_FIGHT.enemies.filter((e) => e.wave === 1) } });
    const { r, f, out } = fresh(fixtureMission(), 'space');
    const first = fresh(oneWave, 'space');
    estimateClearRounds(r, f, out);
    estimateClearRounds(first.r, first.f, first.out);
    for (const code of [attack, defend, evasive]) expect(out[code]).toBeGreaterThan(first.out[code]!);
  });

  it('is endless when a target regenerates its shields faster than the allies can hurt it', () => {
    const { r, f, out } = fresh(withUnit(fixtureMission(), 'cruiser', { shieldRegen: 1000 }), 'space');
    estimateClearRounds(r, f, out);
    expect([...out]).toEqual([Infinity, Infinity, Infinity]);
  });

  it('ranks attack fastest and defend slowest on any fight, at any point of it', () => {
    fc.assert(
      fc.property(randomFightArb, fc.nat(8), (mission, rounds) => {
        const { f, r, out } = fresh(mission, RANDOM_FIGHT_NODE);
        for (let i = 0; i < rounds && f.outcome === 0; i++) playFightRound(r, f, i % 3, null);
        estimateClearRounds(r, f, out);
        expect(out[attack]).toBeLessThanOrEqual(out[evasive]!);
        expect(out[evasive]).toBeLessThanOrEqual(out[defend]!);
      }),
      { numRuns: 200 },
    );
  });
});

describe('estimateNetFire', () => {
  it('adds up the expected damage of the enemies\u2019 shots at the ally they will shoot, less shield recharge', () => {
    const { r, f, out } = fresh(duel);
    estimateNetFire(r, f, out);
    // A trooper (accuracy 0.6, damage 5) at a marine (evasion 0.1, no shields): attack drops the evasion to
    // 0, defend takes 5 x 0.6 = 3 per hit, evasive raises the evasion to 0.35.
    expect(out[attack]).toBeCloseTo(0.6 * 5, 12);
    expect(out[defend]).toBeCloseTo(0.6 * 0.9 * 3, 12);
    expect(out[evasive]).toBeCloseTo(0.6 * 0.65 * 5, 12);
  });

  it('takes the allies\u2019 shield recharge off, twice over in defend', () => {
    const { r, f, out } = fresh(fixtureMission(), 'space');
    const noRegen = fresh(withUnit(withUnit(fixtureMission(), 'corvette', { shieldRegen: 0 }), 'tender', { shieldRegen: 0 }), 'space');
    estimateNetFire(r, f, out);
    estimateNetFire(noRegen.r, noRegen.f, noRegen.out);
    // The corvette recharges 10 a round and the tender 5.
    expect(noRegen.out[attack]! - out[attack]!).toBeCloseTo(15, 12);
    expect(noRegen.out[defend]! - out[defend]!).toBeCloseTo(30, 12);
    expect(noRegen.out[evasive]! - out[evasive]!).toBeCloseTo(15, 12);
  });

  it('never lets more through in defend or evasive than in attack, on any fight', () => {
    fc.assert(
      fc.property(randomFightArb, fc.nat(8), (mission, rounds) => {
        const { f, r, out } = fresh(mission, RANDOM_FIGHT_NODE);
        for (let i = 0; i < rounds && f.outcome === 0; i++) playFightRound(r, f, i % 3, null);
        estimateNetFire(r, f, out);
        expect(out[defend]).toBeLessThanOrEqual(out[attack]!);
        expect(out[evasive]).toBeLessThanOrEqual(out[attack]!);
      }),
      { numRuns: 200 },
    );
  });
});
