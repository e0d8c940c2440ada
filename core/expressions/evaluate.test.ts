import { describe, expect, it } from 'vitest';
import type { Value } from '../format/mission.types';
import type { EffectExpr, Expr } from './ast.types';
import { applyEffect, evaluate } from './evaluate';
import { parseCondition, parseEffect } from './parse';
import { ExpressionRuntimeError } from './runtime-ops';
import { mapEnv } from './test-support/test-env';

function expr(text: string): Expr {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function effect(text: string): EffectExpr {
  const r = parseEffect(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const env = mapEnv(
  [
    ['n', 7],
    ['zero', 0],
    ['flag', true],
    ['rank', 'captain'],
  ],
  ['bar'],
);

describe('evaluate', () => {
  it.each<[string, Value]>([
    ['!flag', false],
    ['-n', -7],
    ['true && false', false],
    ['true || false', true],
    ['n == 7', true],
    ['rank == "captain"', true],
    ['flag != true', false],
    ['n < 7', false],
    ['n <= 7', true],
    ['n > 6.5', true],
    ['n >= 8', false],
    ['n + 1', 8],
    ['"first " + rank', 'first captain'],
    ['n - 10', -3],
    ['n * 2', 14],
    ['n / 2', 3.5],
    ['1 + 2 * 3 - 4 / 2', 5],
    ['visited("bar")', true],
    ['visited("dock")', false],
    ['!visited("dock") && n > 2', true],
  ])('evaluates %s to %j', (text, expected) => {
    expect(evaluate(expr(text), env)).toBe(expected);
  });

  it('short-circuits && and || (the right side would throw)', () => {
    expect(evaluate(expr('false && missing'), env)).toBe(false);
    expect(evaluate(expr('true || n / zero > 1'), env)).toBe(true);
    expect(() => evaluate(expr('true && missing'), env)).toThrow('Unknown variable "missing"');
  });

  it.each([
    ['missing > 1', 'Unknown variable "missing"'],
    ['!n', '! needs true or false, got number 7'],
    ['-rank', '- needs a number, got string "captain"'],
    ['n + rank', '+ needs two numbers or two strings'],
    ['flag + flag', '+ needs two numbers or two strings'],
    ['n == "7"', '== compares values of one type'],
    ['rank != 1', '!= compares values of one type'],
    ['rank < "z"', '< needs a number'],
    ['n * flag', '* needs a number, got boolean true'],
    ['n / 0', 'Division by zero'],
    ['n / zero', 'Division by zero'],
    ['n && flag', '&& needs true or false'],
    ['!flag || n', '|| needs true or false'],
  ])('throws an ExpressionRuntimeError for %s', (text, message) => {
    expect(() => evaluate(expr(text), env)).toThrow(ExpressionRuntimeError);
    expect(() => evaluate(expr(text), env)).toThrow(message);
  });

  it('looks names up only through the environment, even names of object internals', () => {
    const lookup = mapEnv([['__proto__', 3]]);
    expect(evaluate(expr('__proto__ + 1'), lookup)).toBe(4);
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(() => evaluate(expr(name), lookup)).toThrow(`Unknown variable "${name}"`);
    }
    expect(lookup.asked).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']);
  });

  it('compares with === so numbers and strings never convert', () => {
    expect(evaluate(expr('0.1 + 0.2 == 0.3'), env)).toBe(false);
    expect(evaluate(expr('"" == ""'), env)).toBe(true);
  });
});

describe('applyEffect', () => {
  it('returns the new value for =, += and -=', () => {
    expect(applyEffect(effect('n = 3'), env)).toBe(3);
    expect(applyEffect(effect('n += 2'), env)).toBe(9);
    expect(applyEffect(effect('n -= n * 2'), env)).toBe(-7);
    expect(applyEffect(effect('rank = "admiral"'), env)).toBe('admiral');
    expect(applyEffect(effect('flag = !flag'), env)).toBe(false);
  });

  it('does not write anything itself: the environment is unchanged', () => {
    applyEffect(effect('n += 100'), env);
    expect(env.get('n')).toBe(7);
  });

  it.each([
    ['ghost = 1', 'Unknown variable "ghost"'],
    ['ghost += 1', 'Unknown variable "ghost"'],
    ['n = "seven"', 'Cannot set number variable "n" to string "seven"'],
    ['rank += "!"', '+= needs a number, got string "!"'],
    ['rank -= 1', '-= needs a number, got string "captain"'],
    ['n += flag', '+= needs a number, got boolean true'],
    ['n = n / zero', 'Division by zero'],
  ])('throws an ExpressionRuntimeError for %s', (text, message) => {
    expect(() => applyEffect(effect(text), env)).toThrow(ExpressionRuntimeError);
    expect(() => applyEffect(effect(text), env)).toThrow(message);
  });
});
