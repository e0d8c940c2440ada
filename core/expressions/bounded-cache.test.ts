import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('computes a value once and then returns the stored one', () => {
    const cache = new BoundedCache<{ n: number }>(10);
    let calls = 0;
    const compute = (key: string) => ({ n: (calls += 1) + key.length });
    const first = cache.getOrCompute('abc', compute);
    expect(cache.getOrCompute('abc', compute)).toBe(first);
    expect(calls).toBe(1);
  });

  it('never holds more than its capacity, evicting the oldest entry first', () => {
    const cache = new BoundedCache<number>(3);
    for (const key of ['a', 'b', 'c', 'd']) cache.getOrCompute(key, () => key.charCodeAt(0));
    expect(cache.size).toBe(3);
    let recomputed = false;
    cache.getOrCompute('a', () => ((recomputed = true), 0));
    expect(recomputed).toBe(true);
    let kept = true;
    cache.getOrCompute('d', () => ((kept = false), 0));
    expect(kept).toBe(true);
  });

  it('treats keys such as __proto__ as ordinary keys', () => {
    const cache = new BoundedCache<string>(5);
    expect(cache.getOrCompute('__proto__', () => 'p')).toBe('p');
    expect(cache.getOrCompute('constructor', () => 'c')).toBe('c');
    expect(cache.getOrCompute('__proto__', () => 'other')).toBe('p');
  });

  it('forgets everything on clear', () => {
    const cache = new BoundedCache<number>(5);
    cache.getOrCompute('a', () => 1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.getOrCompute('a', () => 2)).toBe(2);
  });
});
