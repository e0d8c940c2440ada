import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StateStore } from './state-store';

describe('StateStore', () => {
  it('numbers distinct states in the order added and finds each again, across many growths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 3000 }),
        (words, seeds) => {
          const store = new StateStore(words, 16);
          const expected = new Map<string, number>();
          const buf = new Int32Array(words);
          for (const seed of seeds) {
            // Few distinct values, so many repeats; words spread over the whole int range, sign bit included.
            for (let w = 0; w < words; w++) buf[w] = Math.imul(seed + w, 0x9e3779b1);
            const key = Array.from(buf).join(',');
            const index = store.internAt(buf, 0);
            const known = expected.get(key);
            if (known === undefined) {
              expect(store.added).toBe(true);
              expect(index).toBe(expected.size);
              expected.set(key, index);
            } else {
              expect(store.added).toBe(false);
              expect(index).toBe(known);
            }
          }
          expect(store.count).toBe(expected.size);
          for (const [key, index] of expected) {
            expect(Array.from(store.data.subarray(index * words, index * words + words)).join(',')).toBe(key);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps tens of thousands of one-word states apart', () => {
    const store = new StateStore(1);
    const buf = new Int32Array(1);
    for (let i = 0; i < 50_000; i++) {
      buf[0] = i * 7;
      expect(store.internAt(buf, 0)).toBe(i);
    }
    buf[0] = 7 * 49_999;
    expect(store.internAt(buf, 0)).toBe(49_999);
    expect(store.count).toBe(50_000);
  });

  it('finds known states but adds none when told it may not', () => {
    const store = new StateStore(2);
    const a = Int32Array.from([1, 2]);
    store.internAt(a, 0);
    expect(store.internAt(a, 0, false)).toBe(0);
    expect(store.internAt(Int32Array.from([2, 1]), 0, false)).toBe(-1);
    expect(store.added).toBe(false);
    expect(store.count).toBe(1);
  });

  it('stores appended states without making them findable', () => {
    const store = new StateStore(1);
    const buf = Int32Array.from([9]);
    expect(store.append(buf)).toBe(0);
    expect(store.internAt(buf, 0)).toBe(1);
    expect(store.count).toBe(2);
  });
});
