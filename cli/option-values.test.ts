import { describe, expect, it } from 'vitest';
import { integerOption } from './option-values';

describe('integerOption', () => {
  it('reads whole numbers, with underscores as separators, and falls back when absent', () => {
    expect(integerOption({ runs: '10_000' }, 'runs', 1)).toEqual({ ok: true, value: 10000 });
    expect(integerOption({ seed: '-3' }, 'seed', 1)).toEqual({ ok: true, value: -3 });
    expect(integerOption({}, 'runs', 7)).toEqual({ ok: true, value: 7 });
  });

  it('refuses fractions, words and values out of range, naming the option', () => {
    expect(integerOption({ runs: '1.5' }, 'runs', 1)).toEqual({ ok: false, message: "--runs takes a whole number, not '1.5'" });
    expect(integerOption({ runs: '0' }, 'runs', 1, { min: 1 })).toEqual({
      ok: false,
      message: "--runs takes a whole number of at least 1, not '0'",
    });
    expect(integerOption({ workers: '99' }, 'workers', 1, { min: 0, max: 64 })).toEqual({
      ok: false,
      message: "--workers takes a whole number from 0 to 64, not '99'",
    });
    expect(integerOption({ seed: '9'.repeat(20) }, 'seed', 1).ok).toBe(false);
  });
});
