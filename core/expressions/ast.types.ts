/** The expression language's own syntax tree: the only shape the rest of Mission Studio ever sees. */
import type { Value } from '../format/mission.types';

/** The binary operators the language allows, nothing more. */
export type BinaryOp = '&&' | '||' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';

/** A parsed condition or right-hand side. Trees returned by the parsers are shared (memoized): never mutate one. */
export type Expr =
  | { kind: 'literal'; value: Value }
  | { kind: 'var'; name: string }
  | { kind: 'visited'; nodeId: string }
  | { kind: 'not'; arg: Expr }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr };

/** The assignment operators an effect may use. */
export type AssignOp = '=' | '+=' | '-=';

/** One parsed effect, e.g. `coalition += 1`. */
export interface EffectExpr {
  target: string;
  op: AssignOp;
  value: Expr;
}

/** Why a text did not parse, and where: `offset` counts UTF-16 units from 0 inside the expression text. */
export interface ExpressionError {
  message: string;
  offset: number;
}

/** What the parsers return instead of throwing. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ExpressionError };

/** Binding strength of each binary operator, higher binds tighter (the same order as jsep and JavaScript). */
export const PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  '||': 1,
  '&&': 2,
  '==': 6,
  '!=': 6,
  '<': 7,
  '<=': 7,
  '>': 7,
  '>=': 7,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
};

/** Every binary operator, in a fixed order (handy for generators and tables). */
export const BINARY_OPS: readonly BinaryOp[] = Object.keys(PRECEDENCE) as BinaryOp[];

/** True when `op` is one of the language's binary operators (an own key, so `__proto__` is not one). */
export function isBinaryOp(op: string): op is BinaryOp {
  return Object.prototype.hasOwnProperty.call(PRECEDENCE, op);
}

/** The word that calls the one built-in function; it cannot name a variable. */
export const VISITED = 'visited';
