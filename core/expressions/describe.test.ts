import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EffectExpr, Expr } from './ast.types';
import { describeCondition, describeEffect, joinPhrases } from './describe';
import { parseCondition, parseEffect } from './parse';
import { anyEffectArb, anyExprArb } from './test-support/expr-arbitraries';

const titles = new Map([
  ['quarks', "Quark's Bar"],
  ['temple', 'Bajoran Temple'],
  ['blank', '  '],
]);
const names = (id: string): string | undefined => titles.get(id);

function condition(text: string): Expr {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function effect(text: string): EffectExpr {
  const r = parseEffect(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('describeCondition', () => {
  it.each([
    ['coalition >= 3', 'coalition is at least 3'],
    ['coalition > 3', 'coalition is more than 3'],
    ['coalition <= 3', 'coalition is at most 3'],
    ['coalition < 3', 'coalition is less than 3'],
    ['3 <= coalition', 'coalition is at least 3'],
    ['coalition != 3', 'coalition is not 3'],
    ['!alarmRaised', 'alarmRaised is false'],
    ['hasStemBolts', 'hasStemBolts is true'],
    ['!!hasStemBolts', 'hasStemBolts is true'],
    ['flag == false', 'flag is false'],
    ['a && b', 'a is true and b is true'],
    ['a || b', 'a is true or b is true'],
    ['a && b && c', 'a is true, b is true and c is true'],
    ['a && (b || c)', 'a is true, and either b is true or c is true'],
    ['(a && b) || c', 'both a is true and b is true, or c is true'],
    ['(a && b && c) || d', 'all of a is true, b is true and c is true, or d is true'],
    ['a && (b || (c && d))', 'a is true, and either b is true or (both c is true and d is true)'],
    ['cargoOutcome == "sealed"', 'cargoOutcome is "sealed"'],
    ['cargoOutcome != "sealed"', 'cargoOutcome is not "sealed"'],
    ['faction == "klingon"', 'the player is klingon'],
    ['"klingon" == faction', 'the player is klingon'],
    ['faction != "klingon"', 'the player is not klingon'],
    ['!(faction == "klingon")', 'the player is not klingon'],
    ['visited("quarks")', `after "Quark's Bar"`],
    ['!visited("quarks")', `before "Quark's Bar"`],
    ['visited("nowhere")', 'after "nowhere"'],
    ['visited("blank")', 'after "blank"'],
    ['!(coalition >= 3)', 'coalition is less than 3'],
    ['!(a && coalition > 2)', 'a is false or coalition is at most 2'],
    ['!(a || visited("temple"))', 'a is false and before "Bajoran Temple"'],
    ['coalition + 2 >= level * 2', 'coalition + 2 is at least level * 2'],
    ['-coalition < 0', '-coalition is less than 0'],
    ['true', 'always'],
    ['!true', 'never'],
    [
      'drillsPassed >= 1 || (visited("quarks") && visited("temple"))',
      `drillsPassed is at least 1, or both after "Quark's Bar" and after "Bajoran Temple"`,
    ],
    ['flag == (coalition > 1)', 'flag is (coalition is more than 1)'],
  ])('describes %s as %s', (text, words) => {
    expect(describeCondition(condition(text), names)).toBe(words);
  });

  it('keeps a string literal on one line, escaped as the language writes it', () => {
    expect(describeCondition(condition('name == "two\\nlines"'))).toBe('name is "two\\nlines"');
  });

  it('never throws and never returns an empty string, on any tree the parser could produce', () => {
    fc.assert(
      fc.property(anyExprArb, (expr) => {
        const words = describeCondition(expr, names);
        return typeof words === 'string' && words.trim() !== '';
      }),
      { numRuns: 1000 },
    );
  });
});

describe('describeEffect', () => {
  it.each([
    ['coalition += 1', 'raises coalition by 1'],
    ['coalition -= 2', 'lowers coalition by 2'],
    ['x = true', 'sets x to true'],
    ['cargoOutcome = "sealed"', 'sets cargoOutcome to "sealed"'],
    ['level = level * 2 + 1', 'sets level to level * 2 + 1'],
    ['seen = visited("quarks")', `sets seen to (after "Quark's Bar")`],
  ])('describes %s as %s', (text, words) => {
    expect(describeEffect(effect(text), names)).toBe(words);
  });

  it('never throws and never returns an empty string, on any effect the parser could produce', () => {
    fc.assert(
      fc.property(anyEffectArb, (e) => describeEffect(e, names).trim() !== ''),
      { numRuns: 500 },
    );
  });
});

describe('joinPhrases', () => {
  it('joins one, two and three phrases as English lists', () => {
    expect(joinPhrases(['a'], 'and')).toBe('a');
    expect(joinPhrases(['a', 'b'], 'or')).toBe('a or b');
    expect(joinPhrases(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });
});
