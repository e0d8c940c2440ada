import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Value } from '../format/mission.types';
import type { EffectExpr, Expr } from './ast.types';
import { compileEffect, compileExpression, type CompileResolver } from './compile';
import { applyEffect, evaluate } from './evaluate';
import { parseCondition, parseEffect } from './parse';
import {
  anyEffectArb,
  anyExprArb,
  TYPED_NODES,
  TYPED_VARIABLES,
  typedArb,
  typedValuesArb,
  visitedSetArb,
} from './test-support/expr-arbitraries';
import { mapEnv, outcomeOf, sameOutcome } from './test-support/test-env';

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

/** Slots and node indexes by position in fixed lists; anything else is unknown (-1). */
function resolverFor(names: readonly string[], nodes: readonly string[]): CompileResolver {
  return { slot: (name) => names.indexOf(name), nodeIndex: (id) => nodes.indexOf(id) };
}

const NAMES = ['n', 'flag', 'rank', 'zero'];
const resolve = resolverFor(NAMES, ['bar', 'dock']);
const vars: Value[] = [7, true, 'captain', 0];
const visitedBar = (i: number) => i === 0;

describe('compileExpression', () => {
  it.each<[string, Value]>([
    ['n * 2 + 1', 15],
    ['flag && n > 3', true],
    ['!flag || rank == "ensign"', false],
    ['rank + "!"', 'captain!'],
    ['-n / 2', -3.5],
    ['visited("bar") && !visited("dock")', true],
    ['n != 7', false],
    ['n - 1 >= 6 && n <= 7 && n < 8', true],
  ])('computes %s as %j', (text, expected) => {
    expect(compileExpression(expr(text), resolve)(vars, visitedBar)).toBe(expected);
  });

  it('reads variables by slot, so one closure serves many states', () => {
    const f = compileExpression(expr('n + 1'), resolve);
    expect(f([1], visitedBar)).toBe(2);
    expect(f([41], visitedBar)).toBe(42);
  });

  it('throws an unknown-variable error when called, not when compiled, for a name without a slot', () => {
    const f = compileExpression(expr('flag || ghost'), resolve);
    expect(f(vars, visitedBar)).toBe(true);
    expect(() => f([7, false], visitedBar)).toThrow('Unknown variable "ghost"');
  });

  it('treats an empty slot as an unknown variable', () => {
    expect(() => compileExpression(expr('rank'), resolve)([7], visitedBar)).toThrow('Unknown variable "rank"');
  });

  it('treats a node without an index as never visited', () => {
    expect(compileExpression(expr('visited("nowhere")'), resolve)(vars, () => true)).toBe(false);
  });

  it('throws the same errors as evaluate', () => {
    for (const text of ['n / zero', 'n + flag', '!rank', 'flag < 1', 'n && flag', '-flag', 'n == rank']) {
      const compiled = outcomeOf(() => compileExpression(expr(text), resolve)(vars, visitedBar));
      const walked = outcomeOf(() =>
        evaluate(
          expr(text),
          mapEnv(
            NAMES.map((name, i) => [name, vars[i]!]),
            ['bar'],
          ),
        ),
      );
      expect('error' in compiled).toBe(true);
      expect(compiled).toEqual(walked);
    }
  });
});

describe('compileEffect', () => {
  it('returns the slot to write and a closure computing the new value', () => {
    const { slot, compute } = compileEffect(effect('n += zero + 2'), resolve);
    expect(slot).toBe(0);
    expect(compute(vars, visitedBar)).toBe(9);
    expect(compileEffect(effect('n -= 10'), resolve).compute(vars, visitedBar)).toBe(-3);
    expect(compileEffect(effect('rank = "admiral"'), resolve).compute(vars, visitedBar)).toBe('admiral');
  });

  it('reports an unknown target with slot -1 and throws when run', () => {
    const { slot, compute } = compileEffect(effect('ghost = 1'), resolve);
    expect(slot).toBe(-1);
    expect(() => compute(vars, visitedBar)).toThrow('Unknown variable "ghost"');
  });

  it('refuses to change a variable type, as applyEffect does', () => {
    expect(() => compileEffect(effect('n = "x"'), resolve).compute(vars, visitedBar)).toThrow('Cannot set number variable "n"');
    expect(() => compileEffect(effect('rank += 1'), resolve).compute(vars, visitedBar)).toThrow('+= needs a number');
  });
});

describe('compiled and evaluated expressions', () => {
  const names = TYPED_VARIABLES.map((v) => v.id);
  const typedResolve = resolverFor(names, TYPED_NODES.slice(0, 2)); // the last node id stays unknown
  const run = (e: Expr, values: Map<string, Value>, visited: Set<string>) => {
    const slots = names.map((n) => values.get(n)!);
    const env = mapEnv(
      values,
      [...visited].filter((id) => typedResolve.nodeIndex(id) >= 0),
    );
    return {
      walked: outcomeOf(() => evaluate(e, env)),
      compiled: outcomeOf(() => compileExpression(e, typedResolve)(slots, (i) => visited.has(TYPED_NODES[i]!))),
    };
  };

  it('agree on random well-typed expressions over random variable values', () => {
    fc.assert(
      fc.property(fc.oneof(typedArb.bool, typedArb.num, typedArb.str), typedValuesArb, visitedSetArb, (e, values, visited) => {
        const { walked, compiled } = run(e, values, visited);
        expect(sameOutcome(walked, compiled)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('agree on random expressions of any shape, errors included', () => {
    fc.assert(
      fc.property(anyExprArb, typedValuesArb, visitedSetArb, (e, values, visited) => {
        const { walked, compiled } = run(e, values, visited);
        expect(sameOutcome(walked, compiled)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('agree on random effects', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyEffectArb,
          fc.record({
            target: fc.constantFrom(...names),
            op: fc.constantFrom('=' as const, '+=' as const, '-=' as const),
            value: typedArb.num,
          }),
        ),
        typedValuesArb,
        (e, values) => {
          const slots = names.map((n) => values.get(n)!);
          const walked = outcomeOf(() => applyEffect(e, mapEnv(values)));
          const compiled = outcomeOf(() => compileEffect(e, typedResolve).compute(slots, () => false));
          expect(sameOutcome(walked, compiled)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
