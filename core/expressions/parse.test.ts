import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_OPS, type Expr } from './ast.types';
import { MAX_DEPTH } from './convert';
import { formatEffect, formatExpression } from './format';
import { parseCondition, parseEffect } from './parse';

const v = (name: string): Expr => ({ kind: 'var', name });
const lit = (value: boolean | number | string): Expr => ({ kind: 'literal', value });

function parsed(text: string): Expr {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error.message}`);
  return r.value;
}

function failure(result: ReturnType<typeof parseCondition> | ReturnType<typeof parseEffect>) {
  if (result.ok) throw new Error('expected a parse error');
  return result.error;
}

describe('parseCondition', () => {
  it.each(BINARY_OPS)('parses the %s operator into a binary node', (op) => {
    expect(parsed(`a ${op} b`)).toEqual({ kind: 'binary', op, left: v('a'), right: v('b') });
  });

  it('parses ! and unary minus', () => {
    expect(parsed('!a')).toEqual({ kind: 'not', arg: v('a') });
    expect(parsed('-a')).toEqual({ kind: 'neg', arg: v('a') });
    expect(parsed('!!a')).toEqual({ kind: 'not', arg: { kind: 'not', arg: v('a') } });
    expect(parsed('- -1')).toEqual({ kind: 'neg', arg: { kind: 'neg', arg: lit(1) } });
  });

  it('parses literals of every kind', () => {
    expect(parsed('42')).toEqual(lit(42));
    expect(parsed('1.5')).toEqual(lit(1.5));
    expect(parsed('.5')).toEqual(lit(0.5));
    expect(parsed('2e3')).toEqual(lit(2000));
    expect(parsed('"double"')).toEqual(lit('double'));
    expect(parsed("'single'")).toEqual(lit('single'));
    expect(parsed('"say \\"hi\\"\\n"')).toEqual(lit('say "hi"\n'));
    expect(parsed('true')).toEqual(lit(true));
    expect(parsed('false')).toEqual(lit(false));
  });

  it('parses visited with a double- or single-quoted node id', () => {
    expect(parsed('visited("quarks-bar")')).toEqual({ kind: 'visited', nodeId: 'quarks-bar' });
    expect(parsed("visited('cargo bay 3')")).toEqual({ kind: 'visited', nodeId: 'cargo bay 3' });
  });

  it('follows the usual precedence and left associativity', () => {
    expect(parsed('a - b - c')).toEqual(parsed('(a - b) - c'));
    expect(parsed('a - (b - c)')).toEqual({ kind: 'binary', op: '-', left: v('a'), right: parsed('b - c') });
    expect(parsed('a || b && c')).toEqual({ kind: 'binary', op: '||', left: v('a'), right: parsed('b && c') });
    expect(parsed('a + b * c')).toEqual({ kind: 'binary', op: '+', left: v('a'), right: parsed('b * c') });
    expect(parsed('a < b == c')).toEqual({ kind: 'binary', op: '==', left: parsed('a < b'), right: v('c') });
    expect(parsed('-a * b')).toEqual({ kind: 'binary', op: '*', left: parsed('-a'), right: v('b') });
    expect(parsed('!a == b')).toEqual({ kind: 'binary', op: '==', left: parsed('!a'), right: v('b') });
  });

  it('reads names that look like object internals as plain variable names', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'undefined', 'NaN']) {
      expect(parsed(name)).toEqual(v(name));
    }
  });

  it.each([
    ['a.b', 'Property access', 1],
    ['a && b.c', 'Property access', 6],
    ['1.5 + a.b', 'Property access', 7],
    ['a?.b', 'Property access', 1],
    ['a[0]', 'Indexing', 1],
    ['this', 'this is not supported', 0],
    ['ok || null', 'null is not supported', 6],
    ['[1, 2]', 'Arrays are not supported', 0],
    ['a ? b : c', '?:', 2],
    ['a, b', 'single expression', 3],
    ['a; b', 'single expression', 3],
    ['a b', 'single expression', 2],
    ['(a, b)', 'single expression', 4],
    ['foo(1)', 'Function calls are not supported', 0],
    ['x && Math.max(1)', 'Function calls are not supported', 5],
    ['visited', 'visited needs a node id', 0],
    ['visited(dock)', 'exactly one node id', 8],
    ['visited(1)', 'exactly one node id', 8],
    ['visited()', 'exactly one node id', 0],
    ['visited("a", "b")', 'exactly one node id', 0],
    ['visited("a") && visited(b)', 'exactly one node id', 24],
    ['a % 2', 'Operator % is not supported', 2],
    ['"%" + (b % c)', 'Operator % is not supported', 9],
    ['a === b', 'use ==', 2],
    ['a !== b', 'use !=', 2],
    ['a & b', 'Operator & is not supported', 2],
    ['a | b', 'Operator | is not supported', 2],
    ['a ^ b', 'Operator ^ is not supported', 2],
    ['a << 2', 'Operator << is not supported', 2],
    ['a >> 2', 'Operator >> is not supported', 2],
    ['a ** 2', 'Operator ** is not supported', 2],
    ['a ?? b', 'Operator ?? is not supported', 2],
    ['~a', 'Unary ~ is not supported', 0],
    ['+a', 'Unary + is not supported', 0],
    ['x = 1', 'use == to compare', 2],
    ['a && (x += 1)', 'use == to compare', 8],
    ['x++', '++ is not supported', 1],
    ['--x', '-- is not supported', 0],
    ['1e999 > a', 'too large', 0],
    ['', 'Expected an expression', 0],
    ['   ', 'Expected an expression', 0],
  ])('rejects %j with a message and the offset of the culprit', (text, message, offset) => {
    const error = failure(parseCondition(text));
    expect(error.message).toContain(message);
    expect(error.offset).toBe(offset);
  });

  it('points at the second of two identical operators when only that one is wrong', () => {
    expect(failure(parseCondition('"a % b" == s && n % 2 == 0')).offset).toBe(18);
    expect(failure(parseCondition('a.b')).offset).toBe(1);
    expect(failure(parseCondition('visited("x") || visited(y)')).offset).toBe(24);
  });

  it("reports jsep's own syntax errors at jsep's index", () => {
    expect(failure(parseCondition('a =='))).toEqual({ message: 'Expected expression after ==', offset: 4 });
    expect(failure(parseCondition('(a')).offset).toBe(2);
    expect(failure(parseCondition('"abc')).message).toContain('Unclosed quote');
    expect(failure(parseCondition('3x')).message).toContain('cannot start with a number');
  });

  it('returns the same result object for the same text (memoized)', () => {
    const text = 'coalition >= 2 && !visited("bar")';
    expect(parseCondition(text)).toBe(parseCondition(text));
    expect(parseCondition('x % 2')).toBe(parseCondition('x % 2'));
  });

  it('refuses trees deeper than MAX_DEPTH without overflowing the stack', () => {
    const chain = `1${' + 1'.repeat(MAX_DEPTH + 5)}`;
    expect(failure(parseCondition(chain)).message).toContain('nested too deeply');
    expect(parseCondition(`1${' + 1'.repeat(MAX_DEPTH - 5)}`).ok).toBe(true);
  });

  it('survives input that overflows jsep itself', () => {
    const deep = `${'('.repeat(200_000)}a${')'.repeat(200_000)}`;
    const error = failure(parseCondition(deep));
    expect(error.offset).toBeGreaterThanOrEqual(0);
  });

  it('never throws and keeps every error offset inside the text, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        for (const r of [parseCondition(text), parseEffect(text)]) {
          if (!r.ok) {
            expect(Number.isInteger(r.error.offset)).toBe(true);
            expect(r.error.offset).toBeGreaterThanOrEqual(0);
            expect(r.error.offset).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  /** JavaScript-like text from a grammar far larger than ours, so most samples contain a construct we reject. */
  const ws = fc.constantFrom('', ' ', '\t');
  const jsLikeText = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'js-like' },
      fc.constantFrom('a', 'b2', '$x', '_', 'this', 'null', 'true', '1', '2.5', '.5', '1e3', '"s.t"', "'q%'", 'visited'),
      fc.constantFrom('visited("n")', '"a\\"b"', 'x++', '--x', 'x.p', 'x[0]', 'f(b)'),
      fc
        .tuple(
          tie('e'),
          ws,
          fc.constantFrom(
            '+',
            '-',
            '*',
            '/',
            '%',
            '==',
            '===',
            '!=',
            '!==',
            '<',
            '<=',
            '>',
            '>=',
            '&&',
            '||',
            '&',
            '|',
            '^',
            '<<',
            '>>',
            '>>>',
            '**',
            '??',
            '=',
            '+=',
            '-=',
            '*=',
          ),
          ws,
          tie('e'),
        )
        .map((parts) => parts.join('')),
      fc.tuple(fc.constantFrom('!', '-', '+', '~', '- ', '! '), tie('e')).map(([op, e]) => op + e),
      tie('e').map((e) => `(${e})`),
      fc.tuple(tie('e'), fc.constantFrom('.p', '?.p', '[0]', '?.[1]', '()', '(1, 2)', '.this')).map(([e, s]) => `(${e})${s}`),
      fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `${a} ? ${b} : ${c}`),
      fc.tuple(tie('e'), tie('e')).map(([a, b]) => `[${a}, ${b}]`),
      fc.tuple(tie('e'), fc.constantFrom(', ', '; ', ' '), tie('e')).map(([a, sep, b]) => `(${a}${sep}${b})`),
      fc.tuple(fc.constantFrom('visited', 'f', 'visited?.'), tie('e')).map(([f, a]) => `${f}(${a})`),
    ),
  })).e;

  /** For each message about one token, the texts that token may have. */
  const BLAMED: [RegExp, (m: RegExpMatchArray) => string[]][] = [
    [/^Operator (\S+) is not supported/, (m) => [m[1]!]],
    [/^Unary (\S+) is not supported/, (m) => [m[1]!]],
    [/^(\S+) assigns a value/, (m) => [m[1]!]],
    [/^(\S+) is not supported; write/, (m) => [m[1]!]],
    [/^Property access/, () => ['.', '?.']],
    [/^Indexing/, () => ['[', '?.']],
    [/^Arrays/, () => ['[']],
    [/^The \?: operator/, () => ['?']],
    [/^this is not/, () => ['this']],
    [/^null is not/, () => ['null']],
    [/^visited needs/, () => ['visited']],
  ];

  it('points at the rejected token in random JavaScript-like text', () => {
    fc.assert(
      fc.property(jsLikeText, (text) => {
        for (const r of [parseCondition(text), parseEffect(text)]) {
          if (r.ok) continue;
          for (const [pattern, tokensFor] of BLAMED) {
            const m = r.error.message.match(pattern);
            if (m) expect(tokensFor(m).some((t) => text.startsWith(t, r.error.offset))).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  const TOKENS = [
    'a',
    'b',
    '1',
    '2.5',
    '.',
    '(',
    ')',
    '"x"',
    "'y'",
    '+',
    '-',
    '*',
    '/',
    '!',
    '==',
    '!=',
    '<',
    '>=',
    '&&',
    '||',
    ' ',
    'visited',
    'true',
    '%',
    '=',
  ];

  it('parses again, unchanged, whatever it accepted and then printed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }), (tokens) => {
        const r = parseCondition(tokens.join(''));
        if (r.ok) expect(parseCondition(formatExpression(r.value))).toEqual(r);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseEffect', () => {
  it('parses =, += and -= into an effect', () => {
    expect(parseEffect('hasStemBolts = true')).toEqual({
      ok: true,
      value: { target: 'hasStemBolts', op: '=', value: lit(true) },
    });
    expect(parseEffect('coalition += 1')).toEqual({ ok: true, value: { target: 'coalition', op: '+=', value: lit(1) } });
    expect(parseEffect('coalition -= 2 * x')).toEqual({
      ok: true,
      value: { target: 'coalition', op: '-=', value: parsed('2 * x') },
    });
    expect(parseEffect("rank = 'captain'")).toEqual({ ok: true, value: { target: 'rank', op: '=', value: lit('captain') } });
  });

  it('takes the whole right-hand side as the value, comparisons included', () => {
    const r = parseEffect('trusted = coalition >= 2 || visited("bar")');
    expect(r.ok && r.value.value).toEqual(parsed('coalition >= 2 || visited("bar")'));
  });

  it.each([
    ['x *= 2', 'use =, += or -=', 2],
    ['x %= 2', 'use =, += or -=', 2],
    ['x ||= true', 'use =, += or -=', 2],
    ['x == 1', 'use = to assign', 2],
    ['a.b = 1', 'Only a variable can be assigned', 0],
    ['a[0] = 1', 'Only a variable can be assigned', 0],
    ['1 = x', 'Only a variable can be assigned', 0],
    ['visited = 1', 'cannot be assigned', 0],
    ['x', 'An effect must assign a variable', 0],
    ['  x + 1', 'An effect must assign a variable', 2],
    ['x = y = 1', 'one assignment', 4],
    ['x = a % 2', 'Operator % is not supported', 6],
    ['x = a.b', 'Property access', 5],
    ['x++', '++ is not supported', 1],
    ['a = 1, b = 2', 'one effect per line', 7],
    ['', 'Expected an assignment', 0],
  ])('rejects %j with a message and the offset of the culprit', (text, message, offset) => {
    const error = failure(parseEffect(text));
    expect(error.message).toContain(message);
    expect(error.offset).toBe(offset);
  });

  it('returns the same result object for the same text (memoized)', () => {
    expect(parseEffect('coalition += 1')).toBe(parseEffect('coalition += 1'));
  });

  it('parses back whatever it printed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', ' = ', ' += ', '1', ' + ', '"s"', '-', '!', 'y'), { maxLength: 8 }), (parts) => {
        const r = parseEffect(parts.join(''));
        if (r.ok) expect(parseEffect(formatEffect(r.value))).toEqual(r);
      }),
    );
  });
});
