import { describe, expect, it } from 'vitest';
import { restoreRng, roll, rngState, seedRng } from './rng';

describe('seedRng', () => {
  it('spreads the first roll of nearby seeds over the whole range', () => {
    const firsts = Array.from({ length: 200 }, (_, seed) => roll(seedRng(seed)));
    expect(Math.min(...firsts)).toBeLessThan(0.1);
    expect(Math.max(...firsts)).toBeGreaterThan(0.9);
  });
});

describe('restoreRng', () => {
  it('continues the same stream from a saved state', () => {
    const rng = seedRng(12);
    roll(rng);
    const copy = restoreRng(JSON.parse(JSON.stringify(rngState(rng))) as number[]);
    expect([roll(copy), roll(copy)]).toEqual([roll(rng), roll(rng)]);
  });

  it('throws a clear error for a broken state', () => {
    expect(() => restoreRng([1, 2, 3])).toThrow(/broken rng/);
  });
});

describe('roll', () => {
  it('stays in [0, 1)', () => {
    const rng = seedRng(3);
    for (let i = 0; i < 1000; i++) {
      const x = roll(rng);
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
