import { describe, expect, it } from 'vitest';
import {
  applyAssign,
  applyBinary,
  concatStrings,
  describeValue,
  expectBool,
  expectNumber,
  ExpressionRuntimeError,
  MAX_STRING_LENGTH,
} from './runtime-ops';

describe('applyBinary', () => {
  it('applies each non-short-circuit operator', () => {
    expect(applyBinary('==', 'a', 'a')).toBe(true);
    expect(applyBinary('!=', 1, 2)).toBe(true);
    expect(applyBinary('<', 1, 2)).toBe(true);
    expect(applyBinary('<=', 2, 2)).toBe(true);
    expect(applyBinary('>', 1, 2)).toBe(false);
    expect(applyBinary('>=', 1, 2)).toBe(false);
    expect(applyBinary('+', 'a', 'b')).toBe('ab');
    expect(applyBinary('-', 5, 2)).toBe(3);
    expect(applyBinary('*', 5, 2)).toBe(10);
    expect(applyBinary('/', 5, 2)).toBe(2.5);
    expect(applyBinary('&&', true, false)).toBe(false);
    expect(applyBinary('||', false, true)).toBe(true);
  });

  it('checks the left operand before the right one', () => {
    expect(() => applyBinary('-', 'x', true)).toThrow('- needs a number, got string "x"');
    expect(() => applyBinary('/', 'x', 0)).toThrow('/ needs a number, got string "x"');
  });

  it('throws ExpressionRuntimeError, not a plain Error', () => {
    expect(() => applyBinary('/', 1, 0)).toThrow(ExpressionRuntimeError);
  });
});

describe('applyAssign', () => {
  it('keeps a variable at its type', () => {
    expect(applyAssign('x', '=', 1, 2)).toBe(2);
    expect(() => applyAssign('x', '=', 1, true)).toThrow('Cannot set number variable "x" to boolean true');
  });

  it('treats an undefined current value as an unknown variable', () => {
    expect(() => applyAssign('x', '=', undefined, 1)).toThrow('Unknown variable "x"');
  });
});

describe('expectBool', () => {
  it('passes booleans through and rejects the rest', () => {
    expect(expectBool('!', false)).toBe(false);
    expect(() => expectBool('!', 0)).toThrow('! needs true or false, got number 0');
  });
});

describe('expectNumber', () => {
  it('passes numbers through and rejects the rest', () => {
    expect(expectNumber('-', 0)).toBe(0);
    expect(() => expectNumber('-', '0')).toThrow('- needs a number, got string "0"');
  });
});

describe('string and number bounds', () => {
  it('joins strings up to MAX_STRING_LENGTH and refuses past it with the length, not a freeze', () => {
    const half = 'x'.repeat(MAX_STRING_LENGTH / 2);
    expect(concatStrings(half, half)).toHaveLength(MAX_STRING_LENGTH);
    expect(() => applyBinary('+', half, `${half}!`)).toThrow(
      `+ would make a string of ${MAX_STRING_LENGTH + 1} characters; strings are limited to ${MAX_STRING_LENGTH}`,
    );
  });

  it('names numbers that overflowed and cuts long strings short in messages', () => {
    expect(describeValue(Infinity)).toBe('number Infinity');
    expect(describeValue(NaN)).toBe('number NaN');
    expect(describeValue('y'.repeat(1000))).toBe(`string of 1000 characters "${'y'.repeat(40)}..."`);
  });
});
