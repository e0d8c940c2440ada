import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EffectExpr, Expr } from './ast.types';
import { analyzeCondition, analyzeEffect, type ScopeVariable, type TypeScope } from './analyze';
import { parseCondition, parseEffect } from './parse';
import { TYPED_NODES, TYPED_VARIABLES, typedArb } from './test-support/expr-arbitraries';

const VARIABLES: ScopeVariable[] = [
  { id: 'coalition', type: 'number', initial: 0 },
  { id: 'trusted', type: 'bool', initial: false },
  { id: 'rank', type: 'string', initial: 'ensign' },
  { id: 'mood', type: 'enum', initial: 'calm', values: ['calm', 'tense', 'hostile'] },
  { id: 'lastMood', type: 'enum', initial: 'calm', values: ['hostile', 'calm', 'tense'] },
  { id: 'alert', type: 'enum', initial: 'calm', values: ['calm', 'red'] },
  { id: 'color', type: 'enum', initial: 'red', values: ['crimson', 'blue'] },
  { id: 'faction', type: 'enum', initial: 'klingon', values: ['federation', 'klingon'], readOnly: true },
];

function scopeOf(variables: ScopeVariable[], nodes: string[]): TypeScope {
  const byName = new Map(variables.map((v) => [v.id, v]));
  return { variable: (name) => byName.get(name), hasNode: (id) => nodes.includes(id) };
}

const scope = scopeOf(VARIABLES, ['bar', 'dock']);

function cond(text: string): Expr {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function eff(text: string): EffectExpr {
  const r = parseEffect(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const codes = (text: string) => analyzeCondition(cond(text), scope).problems.map((p) => p.code);
const effectCodes = (text: string) => analyzeEffect(eff(text), scope).problems.map((p) => p.code);

describe('analyzeCondition', () => {
  it('lists reads and visits once each, in order of appearance, and no writes', () => {
    const a = analyzeCondition(cond('coalition > 1 && (trusted || coalition == 3) && visited("bar") && !visited("bar")'), scope);
    expect(a).toEqual({ reads: ['coalition', 'trusted'], writes: [], visits: ['bar'], type: 'bool', problems: [] });
  });

  it.each([
    'trusted',
    '!trusted',
    'trusted && visited("dock")',
    'trusted || false',
    'coalition < 2',
    'coalition <= 2',
    'coalition > -2',
    'coalition >= 2 * 3 - 1 / 2',
    'coalition + 1 == 3',
    'rank + "!" != "captain!"',
    'trusted == false',
    'mood == "tense"',
    '"hostile" != mood',
    'mood == lastMood',
    'mood != alert',
    'faction == "klingon"',
    'mood + "" == rank',
  ])('accepts the well-typed condition %s', (text) => {
    expect(analyzeCondition(cond(text), scope).problems).toEqual([]);
  });

  it.each([
    ['coalition', 'A condition must be true or false, but this one is a number'],
    ['rank', 'A condition must be true or false, but this one is a string'],
    ['!coalition', '! needs true or false, but "coalition" is a number'],
    ['-trusted > 1', '- needs a number, but "trusted" is true or false'],
    ['trusted && coalition', '&& needs true or false, but "coalition" is a number'],
    ['coalition || trusted', '|| needs true or false, but "coalition" is a number'],
    ['rank < 3', '< needs a number, but "rank" is a string'],
    ['coalition >= "2"', '>= needs a number, but "2" is a string'],
    ['coalition * trusted > 1', '* needs a number, but "trusted" is true or false'],
    ['coalition - rank > 1', '- needs a number, but "rank" is a string'],
    ['coalition / "x" > 1', '/ needs a number, but "x" is a string'],
    ['coalition + rank == 1', '+ needs two numbers or two strings, but "coalition" is a number and "rank" is a string'],
    ['trusted + trusted', '+ needs two numbers or two strings'],
    ['coalition == "2"', '== compares values of one type, but "coalition" is a number and "2" is a string'],
    ['trusted != 1', '!= compares values of one type'],
    ['mood == "angry"', '"mood" can only be "calm", "tense", "hostile"; "angry" is not one of them'],
    ['"angry" == mood', '"angry" is not one of them'],
    ['mood == rank', '"mood" is an enum: compare it with one of its values in quotes ("calm", "tense", "hostile")'],
    ['mood == 1', '"mood" is an enum: compare it with one of its values in quotes'],
    ['mood == color', '"mood" and "color" are enums with no value in common, so == is always false'],
    ['faction == "romulan"', '"romulan" is not one of them'],
  ])('reports a type mismatch in %s', (text, message) => {
    const { problems } = analyzeCondition(cond(text), scope);
    expect(problems.map((p) => p.code)).toEqual(['type-mismatch']);
    expect(problems[0]!.message).toContain(message);
  });

  it('reports division by a literal zero as an expression error', () => {
    expect(codes('coalition / 0 > 1')).toEqual(['expression-error']);
    expect(codes('coalition / 0.5 > 1')).toEqual([]);
  });

  it('reports an unknown node in visited as an unknown reference, still typed bool', () => {
    const a = analyzeCondition(cond('visited("holosuite") && trusted'), scope);
    expect(a.problems).toEqual([{ code: 'unknown-reference', message: 'visited("holosuite") names no node in this mission' }]);
    expect(a.type).toBe('bool');
    expect(a.visits).toEqual(['holosuite']);
  });

  it('reports an undeclared variable once, typed unknown, with no type mismatch piled on', () => {
    const a = analyzeCondition(cond('ghost > 1 && ghost < 5 && !ghost && ghost + rank == mood && ghost'), scope);
    expect(a.problems).toEqual([{ code: 'undefined-variable', message: '"ghost" is not a declared variable' }]);
    expect(a.reads).toEqual(['ghost', 'rank', 'mood']);
    expect(analyzeCondition(cond('ghost'), scope).type).toBe('unknown');
  });

  it('looks names up only through the scope, so object-internal names are just undeclared', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      expect(codes(name)).toEqual(['undefined-variable']);
    }
  });

  it('reports each distinct problem of a condition', () => {
    expect(codes('ghost && visited("nowhere") && coalition')).toEqual(['undefined-variable', 'unknown-reference', 'type-mismatch']);
  });

  it('tolerates an enum declared without values', () => {
    const odd = scopeOf([{ id: 'e', type: 'enum', initial: '' }], []);
    expect(analyzeCondition(cond('e == "x"'), odd).problems[0]!.message).toContain('(no values declared)');
  });

  it('finds no type problem in random well-typed conditions and types each as generated', () => {
    const typedScope = scopeOf([...TYPED_VARIABLES], TYPED_NODES);
    fc.assert(
      fc.property(typedArb.bool, typedArb.num, typedArb.str, (b, n, s) => {
        const real = (a: { problems: { code: string }[] }) => a.problems.filter((p) => p.code !== 'expression-error');
        const asCondition = analyzeCondition(b, typedScope);
        expect(asCondition.type).toBe('bool');
        expect(real(asCondition)).toEqual([]);
        expect(real(analyzeEffect({ target: 'coalition', op: '+=', value: n }, typedScope))).toEqual([]);
        expect(real(analyzeEffect({ target: 'rank', op: '=', value: s }, typedScope))).toEqual([]);
        // Used as conditions, a number and a string each give exactly the one complaint.
        for (const [e, type] of [
          [n, 'number'],
          [s, 'string'],
        ] as const) {
          const a = analyzeCondition(e, typedScope);
          expect(a.type).toBe(type);
          expect(real(a).map((p) => p.code)).toEqual(['type-mismatch']);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('analyzeEffect', () => {
  it('lists the target as written, and as read too for += and -=', () => {
    expect(analyzeEffect(eff('coalition = 2'), scope)).toEqual({
      reads: [],
      writes: ['coalition'],
      visits: [],
      type: 'number',
      problems: [],
    });
    expect(analyzeEffect(eff('trusted = rank == "x" && visited("bar")'), scope)).toMatchObject({ reads: ['rank'], visits: ['bar'] });
    expect(analyzeEffect(eff('coalition -= 1'), scope).reads).toEqual(['coalition']);
  });

  it.each([
    'coalition = 3',
    'coalition += 2 * coalition',
    'coalition -= 1',
    'trusted = coalition > 2 || visited("bar")',
    'rank = "captain"',
    'rank = rank + "!"',
    'mood = "hostile"',
    'mood = lastMood',
    'lastMood = mood',
  ])('accepts the well-typed effect %s', (text) => {
    expect(analyzeEffect(eff(text), scope).problems).toEqual([]);
  });

  it.each([
    ['coalition = "many"', '"coalition" holds a number, so it cannot be set to "many", a string'],
    ['trusted = 1', '"trusted" holds true or false, so it cannot be set to a number'],
    ['rank = trusted', '"rank" holds a string, so it cannot be set to "trusted", true or false'],
    ['rank = mood', '"rank" holds a string, so it cannot be set to "mood", an enum'],
    ['mood = "angry"', '"mood" can only be "calm", "tense", "hostile"; "angry" is not one of them'],
    ['mood = rank', '"mood" is an enum: set it to one of its values in quotes ("calm", "tense", "hostile")'],
    ['mood = 2', '"mood" is an enum: set it to one of its values in quotes ("calm", "tense", "hostile")'],
    ['mood = alert', '"mood" and "alert" are enums with different values'],
    ['rank += "!"', '+= needs a number variable, but "rank" is a string'],
    ['mood -= 1', '-= needs a number variable, but "mood" is an enum'],
    ['coalition += trusted', '+= needs a number on the right, but "trusted" is true or false'],
    ['coalition -= "1"', '-= needs a number on the right, but "1" is a string'],
    ['faction = "klingon"', '"faction" is read-only'],
  ])('reports a type mismatch in %s', (text, message) => {
    const { problems } = analyzeEffect(eff(text), scope);
    expect(problems.map((p) => p.code)).toEqual(['type-mismatch']);
    expect(problems[0]!.message).toBe(message);
  });

  it('reports an undeclared target as an undefined variable', () => {
    const a = analyzeEffect(eff('ghost += coalition'), scope);
    expect(a.problems).toEqual([{ code: 'undefined-variable', message: 'Cannot set "ghost": it is not a declared variable' }]);
    expect(a.writes).toEqual(['ghost']);
    expect(a.reads).toEqual(['ghost', 'coalition']);
  });

  it('reports problems inside the value too', () => {
    expect(effectCodes('coalition = ghost + 1')).toEqual(['undefined-variable']);
    expect(effectCodes('trusted = visited("nowhere")')).toEqual(['unknown-reference']);
    expect(effectCodes('coalition = 1 / 0')).toEqual(['expression-error']);
  });

  it('does not pile a mismatch on an unknown value', () => {
    expect(effectCodes('mood = ghost')).toEqual(['undefined-variable']);
    expect(effectCodes('coalition += ghost')).toEqual(['undefined-variable']);
  });
});
