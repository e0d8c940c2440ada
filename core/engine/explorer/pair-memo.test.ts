import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairMemo } from './pair-memo';

describe('PairMemo', () => {
  it('finds every pair added, with its values, and misses pairs never added', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(5000), fc.integer()), { selector: ([a, b]) => `${a},${b}`, maxLength: 3000 }), (pairs) => {
        const memo = new PairMemo(1 << 20, 4);
        pairs.forEach(([a, b], i) => memo.add(a, b, i, ~i));
        pairs.forEach(([a, b], i) => {
          expect(memo.find(a, b)).toBe(true);
          expect([memo.x, memo.y]).toEqual([i, ~i]);
        });
        const known = new Set(pairs.map(([a, b]) => `${a},${b}`));
        for (let a = 0; a < 50; a++) if (!known.has(`${a},7`)) expect(memo.find(a, 7)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('stops taking new pairs once it holds its maximum, and still finds the ones it kept', () => {
    const memo = new PairMemo(100, 16);
    for (let i = 0; i < 300; i++) memo.add(i, -i, i, 0);
    let found = 0;
    for (let i = 0; i < 300; i++) if (memo.find(i, -i)) found++;
    expect(found).toBe(100);
    expect(memo.find(99, -99)).toBe(true);
    expect(memo.find(100, -100)).toBe(false);
  });
});
