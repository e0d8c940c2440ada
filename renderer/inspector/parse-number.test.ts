import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

describe('parseNumber', () => {
  it('reads decimal numbers, including a trailing dot while typing', () => {
    expect(parseNumber(' 0.25 ')).toEqual({ ok: true, value: 0.25 });
    expect(parseNumber('3.')).toEqual({ ok: true, value: 3 });
    expect(parseNumber('-2e3')).toEqual({ ok: true, value: -2000 });
  });

  it('refuses empty text, hex and words', () => {
    for (const text of ['', '  ', '0x10', 'ten', '1,5', 'Infinity']) expect(parseNumber(text).ok).toBe(false);
  });

  it('refuses a fraction where a whole number is needed', () => {
    expect(parseNumber('2.5', { integer: true })).toEqual({ ok: false, message: 'Enter a whole number.' });
  });

  it("keeps values within the rule's bounds", () => {
    expect(parseNumber('0', { min: 1 })).toEqual({ ok: false, message: 'Enter 1 or more.' });
    expect(parseNumber('1.5', { max: 1 })).toEqual({ ok: false, message: 'Enter 1 or less.' });
    expect(parseNumber('0', { above: 0 })).toEqual({ ok: false, message: 'Enter a number above 0.' });
  });

  it('reads back any finite number it formats', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const parsed = parseNumber(String(value));
        // String(-0) is "0": minus zero reads back as zero.
        expect(parsed).toEqual({ ok: true, value: Object.is(value, -0) ? 0 : value });
      }),
    );
  });
});
