/** fast-check generators of expression trees, shared by the property tests in this folder (test code only). */
import fc from 'fast-check';
import type { Value, VariableDecl } from '../../format/mission.types';
import { BINARY_OPS, type AssignOp, type BinaryOp, type EffectExpr, type Expr } from '../ast.types';

const lit = (value: Value): Expr => ({ kind: 'literal', value });
const ref = (name: string): Expr => ({ kind: 'var', name });
const bin = ([op, left, right]: [BinaryOp, Expr, Expr]): Expr => ({ kind: 'binary', op, left, right });

/** Names that look like object internals: they must behave as ordinary variable names. */
const TRICKY_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const RESERVED = new Set(['true', 'false', 'null', 'this', 'visited']);

/** Identifiers jsep reads as one name (ASCII, `$`, `_`, a few non-ASCII letters, object-internal names). */
const identifierArb: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,7}$/).filter((s) => !RESERVED.has(s)),
  fc.constantFrom(...TRICKY_NAMES, 'café', 'ξ1', 'ünter'),
);

/** Numbers the parser can produce as literals: finite, not negative, no -0. */
const literalNumberArb: fc.Arbitrary<number> = fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));

/** Any string, including quotes, backslashes, control characters and lone surrogates. */
const literalStringArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('"', "'", '\\', '\n', '\\n', '-', 'a"b\'c', '\u000b\f\b\t\r'),
);

/** Any tree the parser could produce: every operator, any shape, not necessarily well typed. */
export const anyExprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 6, depthIdentifier: 'any-expr' },
    fc.oneof(fc.boolean(), literalNumberArb, literalStringArb).map(lit),
    identifierArb.map(ref),
    literalStringArb.map((nodeId): Expr => ({ kind: 'visited', nodeId })),
    tie('expr').map((arg): Expr => ({ kind: 'not', arg })),
    tie('expr').map((arg): Expr => ({ kind: 'neg', arg })),
    fc.tuple(fc.constantFrom(...BINARY_OPS), tie('expr'), tie('expr')).map(bin),
  ),
})).expr;

/** Any effect the parser could produce. */
export const anyEffectArb: fc.Arbitrary<EffectExpr> = fc.record({
  target: identifierArb,
  op: fc.constantFrom<AssignOp>('=', '+=', '-='),
  value: anyExprArb,
});

/** The variables well-typed trees use, with their declarations (`__proto__` included on purpose). */
export const TYPED_VARIABLES: readonly VariableDecl[] = [
  { id: 'flag', type: 'bool', initial: false },
  { id: '__proto__', type: 'bool', initial: true },
  { id: 'coalition', type: 'number', initial: 0 },
  { id: 'constructor', type: 'number', initial: 1 },
  { id: 'rank', type: 'string', initial: 'ensign' },
  { id: 'toString', type: 'string', initial: '' },
  { id: 'mood', type: 'enum', initial: 'calm', values: ['calm', 'tense', 'hostile'] },
];

/** Node ids well-typed trees may mention; `lost` is one the test scope does not know. */
export const TYPED_NODES = ['bar', 'dock', 'lost'];

const namesOf = (type: VariableDecl['type']): string[] => TYPED_VARIABLES.filter((v) => v.type === type).map((v) => v.id);

interface Typed {
  bool: Expr;
  num: Expr;
  str: Expr;
}

/** Well-typed trees of each type over `TYPED_VARIABLES` (division by zero remains possible, as in missions). */
export const typedArb = fc.letrec<Typed>((untypedTie) => {
  const tie = <K extends keyof Typed>(key: K): fc.Arbitrary<Typed[K]> => untypedTie(key) as fc.Arbitrary<Typed[K]>;
  return {
    bool: fc.oneof(
      { maxDepth: 5, depthIdentifier: 'typed' },
      fc.boolean().map(lit),
      fc.constantFrom(...namesOf('bool')).map(ref),
      fc.constantFrom(...TYPED_NODES).map((nodeId): Expr => ({ kind: 'visited', nodeId })),
      fc
        .tuple(fc.constantFrom<BinaryOp>('==', '!='), fc.constant(ref('mood')), fc.constantFrom('calm', 'tense', 'hostile').map(lit))
        .map(bin),
      tie('bool').map((arg): Expr => ({ kind: 'not', arg })),
      fc.tuple(fc.constantFrom<BinaryOp>('&&', '||', '==', '!='), tie('bool'), tie('bool')).map(bin),
      fc.tuple(fc.constantFrom<BinaryOp>('<', '<=', '>', '>=', '==', '!='), tie('num'), tie('num')).map(bin),
      fc.tuple(fc.constantFrom<BinaryOp>('==', '!='), tie('str'), tie('str')).map(bin),
    ),
    num: fc.oneof(
      { maxDepth: 5, depthIdentifier: 'typed' },
      fc.oneof(fc.integer({ min: 0, max: 5 }), literalNumberArb).map(lit),
      fc.constantFrom(...namesOf('number')).map(ref),
      tie('num').map((arg): Expr => ({ kind: 'neg', arg })),
      fc.tuple(fc.constantFrom<BinaryOp>('+', '-', '*', '/'), tie('num'), tie('num')).map(bin),
    ),
    str: fc.oneof(
      { maxDepth: 5, depthIdentifier: 'typed' },
      literalStringArb.map(lit),
      fc.constantFrom(...namesOf('string')).map(ref),
      fc.tuple(fc.constant<BinaryOp>('+'), tie('str'), tie('str')).map(bin),
    ),
  };
});

/** Values for `TYPED_VARIABLES` (each of its declared type), keyed by name. */
export const typedValuesArb: fc.Arbitrary<Map<string, Value>> = fc
  .tuple(
    ...TYPED_VARIABLES.map((v): fc.Arbitrary<Value> => {
      if (v.type === 'bool') return fc.boolean();
      if (v.type === 'number') return fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true }));
      if (v.type === 'enum') return fc.constantFrom(...(v.values ?? []));
      return fc.string({ maxLength: 4 });
    }),
  )
  .map((values) => new Map(values.map((value, i) => [TYPED_VARIABLES[i]!.id, value])));

/** Which of `TYPED_NODES` a run has visited. */
export const visitedSetArb: fc.Arbitrary<Set<string>> = fc.subarray(TYPED_NODES).map((ids) => new Set(ids));
