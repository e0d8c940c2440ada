import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.types';
import { formatEffect, formatExpression, formatValue } from './format';
import { parseCondition, parseEffect } from './parse';
import { anyEffectArb, anyExprArb } from './test-support/expr-arbitraries';

function expr(text: string): Expr {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('formatExpression', () => {
  it.each([
    ['coalition>=2&&!visited("bar")', 'coalition >= 2 && !visited("bar")'],
    ['(a - b) - c', 'a - b - c'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a || b) && c', '(a || b) && c'],
    ['a || (b && c)', 'a || b && c'],
    ['(a + b) * c', '(a + b) * c'],
    ['a == (b == c)', 'a == (b == c)'],
    ['-(a + b)', '-(a + b)'],
    ['!(a && b)', '!(a && b)'],
    ['- -a', '-(-a)'],
    ['-(-1)', '-(-1)'],
    ['!!a', '!!a'],
    ['a - -b', 'a - -b'],
    ["visited('x')", 'visited("x")'],
    ["'single'", '"single"'],
    ['1e3 + .5', '1000 + 0.5'],
  ])('prints %s as %s', (text, printed) => {
    expect(formatExpression(expr(text))).toBe(printed);
  });

  it('escapes quotes, backslashes and control characters in strings', () => {
    const e: Expr = { kind: 'literal', value: 'say "hi"\\\n\t\r\b\f\v' };
    expect(formatExpression(e)).toBe('"say \\"hi\\"\\\\\\n\\t\\r\\b\\f\\v"');
    expect(expr(formatExpression(e))).toEqual(e);
  });

  it('prints any tree the parser can produce so that it parses back to the same tree', () => {
    fc.assert(
      fc.property(anyExprArb, (e) => {
        expect(parseCondition(formatExpression(e))).toEqual({ ok: true, value: e });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatEffect', () => {
  it('prints target, operator and value', () => {
    expect(formatEffect({ target: 'coalition', op: '+=', value: expr('1 + bonus') })).toBe('coalition += 1 + bonus');
  });

  it('prints any effect so that it parses back to the same effect', () => {
    fc.assert(
      fc.property(anyEffectArb, (e) => {
        expect(parseEffect(formatEffect(e))).toEqual({ ok: true, value: e });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatValue', () => {
  it('prints numbers as JavaScript does and keeps out-of-range numbers readable', () => {
    expect(formatValue(1.5)).toBe('1.5');
    expect(formatValue(1e21)).toBe('1e+21');
    expect(formatValue(-3)).toBe('-3');
    expect(formatValue(Infinity)).toBe('1e999');
    expect(formatValue(true)).toBe('true');
  });
});
