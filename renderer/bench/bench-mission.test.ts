import { describe, expect, it } from 'vitest';
import { benchNodeCount } from './bench-mission';

describe('benchNodeCount', () => {
  it('reads the node count from ?bench=N', () => {
    expect(benchNodeCount('?bench=1000')).toBe(1000);
    expect(benchNodeCount('?x=1&bench=50')).toBe(50);
  });

  it('ignores a missing, empty, fractional, negative or huge count', () => {
    for (const search of ['', '?bench', '?bench=', '?bench=1.5', '?bench=-3', '?bench=abc', '?bench=1000000'])
      expect(benchNodeCount(search)).toBeNull();
  });
});
