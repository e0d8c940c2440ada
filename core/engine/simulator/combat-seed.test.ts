import { describe, expect, it } from 'vitest';
import { deriveCombatSeed } from './combat-seed';

describe('deriveCombatSeed', () => {
  it('is the same for the same run seed, node and visit, and differs when any of them changes', () => {
    const seed = deriveCombatSeed(42, 'ambush', 1);
    expect(deriveCombatSeed(42, 'ambush', 1)).toBe(seed);
    expect(
      new Set([seed, deriveCombatSeed(43, 'ambush', 1), deriveCombatSeed(42, 'escape', 1), deriveCombatSeed(42, 'ambush', 2)]).size,
    ).toBe(4);
  });

  it('gives an unsigned 32-bit integer', () => {
    for (const s of [0, -1, 2 ** 40, 0.5]) {
      const v = deriveCombatSeed(s, 'n', 3);
      expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
    }
  });
});
