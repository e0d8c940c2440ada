import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HIT_CHANCE, MIN_HIT_CHANCE, STANCE_RULES, hitChance, hitDamage } from './rules';

describe('hitChance', () => {
  it('multiplies accuracy by the part of the shots the target does not evade', () => {
    expect(hitChance(0.8, 0.25, 0)).toBeCloseTo(0.6, 12);
    expect(hitChance(0.8, 0.25, STANCE_RULES.evasive.evasionBonus)).toBeCloseTo(0.8 * (1 - 0.25 - STANCE_RULES.evasive.evasionBonus), 12);
  });

  it('stays within its clamps for any stats', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (acc, eva, bonus) => {
          const p = hitChance(acc, eva, bonus);
          expect(p).toBeGreaterThanOrEqual(MIN_HIT_CHANCE);
          expect(p).toBeLessThanOrEqual(MAX_HIT_CHANCE);
        },
      ),
    );
  });

  it('drops as the target evades more', () => {
    expect(hitChance(0.9, 0.5, 0)).toBeLessThan(hitChance(0.9, 0.1, 0));
  });
});

describe('hitDamage', () => {
  it('applies both stances and rounds to a whole number', () => {
    expect(hitDamage(10, 1.25, 0.6)).toBe(8);
  });

  it('always deals at least one point', () => {
    expect(hitDamage(0, 1, 1)).toBe(1);
    expect(hitDamage(1, 0.7, 0.6)).toBe(1);
  });
});
