/**
 * The run-time meaning of each operator, shared by `evaluate` (tree walk) and `compileExpression` (closures)
 * so the two cannot drift apart. Every check throws `ExpressionRuntimeError` with a message for the author.
 */
import type { Value } from '../format/mission.types';
import type { AssignOp, BinaryOp } from './ast.types';

/**
 * The longest string a run may build. Mission files come from strangers, and `s = s + s` in a loop doubles a
 * string until the page or the process runs out of memory: at this length `+` fails with a clear error instead.
 * It is the schema's limit for a text too, so no real mission needs more.
 */
export const MAX_STRING_LENGTH = 20_000;

/** A failure while evaluating: unknown variable, operand of the wrong type, division by zero. */
export class ExpressionRuntimeError extends Error {
  override name = 'ExpressionRuntimeError';
}

/** Throws the error for reading a variable the environment does not have. */
export function unknownVariable(name: string): never {
  throw new ExpressionRuntimeError(`Unknown variable "${name}"`);
}

/** A value for an error message: strings cut short, numbers that overflowed named (JSON would say null). */
export function describeValue(v: Value): string {
  if (typeof v === 'string' && v.length > 40) return `string of ${v.length} characters "${v.slice(0, 40)}..."`;
  if (typeof v === 'number' && !Number.isFinite(v)) return `number ${String(v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

/** `a + b` for two strings, or an error when the result would pass MAX_STRING_LENGTH. */
export function concatStrings(a: string, b: string): string {
  const length = a.length + b.length;
  if (length > MAX_STRING_LENGTH) {
    throw new ExpressionRuntimeError(`+ would make a string of ${length} characters; strings are limited to ${MAX_STRING_LENGTH}`);
  }
  return a + b;
}

function wrongType(op: string, expected: string, got: Value): never {
  throw new ExpressionRuntimeError(`${op} needs ${expected}, got ${describeValue(got)}`);
}

/** `v` if it is a boolean, else throws for operator `op`. */
export function expectBool(op: string, v: Value): boolean {
  return typeof v === 'boolean' ? v : wrongType(op, 'true or false', v);
}

/** `v` if it is a number, else throws for operator `op`. */
export function expectNumber(op: string, v: Value): number {
  return typeof v === 'number' ? v : wrongType(op, 'a number', v);
}

/** Applies a binary operator other than `&&`/`||` (those short-circuit, so callers handle them). */
export function applyBinary(op: BinaryOp, a: Value, b: Value): Value {
  switch (op) {
    case '==':
    case '!=':
      if (typeof a !== typeof b) {
        throw new ExpressionRuntimeError(`${op} compares values of one type, got ${describeValue(a)} and ${describeValue(b)}`);
      }
      return op === '==' ? a === b : a !== b;
    case '+':
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (typeof a === 'string' && typeof b === 'string') return concatStrings(a, b);
      throw new ExpressionRuntimeError(`+ needs two numbers or two strings, got ${describeValue(a)} and ${describeValue(b)}`);
    case '/': {
      const dividend = expectNumber(op, a);
      const divisor = expectNumber(op, b);
      if (divisor === 0) throw new ExpressionRuntimeError('Division by zero');
      return dividend / divisor;
    }
    case '<':
      return expectNumber(op, a) < expectNumber(op, b);
    case '<=':
      return expectNumber(op, a) <= expectNumber(op, b);
    case '>':
      return expectNumber(op, a) > expectNumber(op, b);
    case '>=':
      return expectNumber(op, a) >= expectNumber(op, b);
    case '-':
      return expectNumber(op, a) - expectNumber(op, b);
    case '*':
      return expectNumber(op, a) * expectNumber(op, b);
    case '&&':
    case '||':
      return op === '&&' ? expectBool(op, a) && expectBool(op, b) : expectBool(op, a) || expectBool(op, b);
  }
}

/** The new value of `target` after `target op value`; `current` is undefined when the variable is unknown. */
export function applyAssign(target: string, op: AssignOp, current: Value | undefined, value: Value): Value {
  if (current === undefined) return unknownVariable(target);
  if (op === '=') {
    // Variables keep their type for the whole run: the engine and explorer rely on it.
    if (typeof value !== typeof current) {
      throw new ExpressionRuntimeError(`Cannot set ${typeof current} variable "${target}" to ${describeValue(value)}`);
    }
    return value;
  }
  const delta = expectNumber(op, value);
  const base = expectNumber(op, current);
  return op === '+=' ? base + delta : base - delta;
}
