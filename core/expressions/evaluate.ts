/** Tree-walking evaluation: simple and obviously right; `compile.ts` is the fast path and must agree with it. */
import type { Value } from '../format/mission.types';
import type { EffectExpr, Expr } from './ast.types';
import { applyAssign, applyBinary, expectBool, expectNumber, unknownVariable } from './runtime-ops';

/** What an expression may see: variables only through `get`, and which nodes the run has visited. */
export interface EvalEnv {
  get(name: string): Value | undefined;
  visited(nodeId: string): boolean;
}

/** The value of `expr`; throws `ExpressionRuntimeError` on an unknown variable, a wrong type or division by zero. */
export function evaluate(expr: Expr, env: EvalEnv): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'var': {
      const v = env.get(expr.name);
      return v === undefined ? unknownVariable(expr.name) : v;
    }
    case 'visited':
      return env.visited(expr.nodeId);
    case 'not':
      return !expectBool('!', evaluate(expr.arg, env));
    case 'neg':
      return -expectNumber('-', evaluate(expr.arg, env));
    case 'binary':
      if (expr.op === '&&') {
        return expectBool('&&', evaluate(expr.left, env)) && expectBool('&&', evaluate(expr.right, env));
      }
      if (expr.op === '||') {
        return expectBool('||', evaluate(expr.left, env)) || expectBool('||', evaluate(expr.right, env));
      }
      return applyBinary(expr.op, evaluate(expr.left, env), evaluate(expr.right, env));
  }
}

/** The target's new value after the effect (the caller stores it); throws like `evaluate`. */
export function applyEffect(effect: EffectExpr, env: EvalEnv): Value {
  const value = evaluate(effect.value, env);
  return applyAssign(effect.target, effect.op, env.get(effect.target), value);
}
