/**
 * Compiles an `Expr` into nested closures over variable slots, for the explorer and the simulator that run the
 * same guards millions of times. Each closure does the common, well-typed case inline and hands anything else
 * to `runtime-ops.ts`, so results and error messages match `evaluate` exactly.
 */
import type { Value } from '../format/mission.types';
import type { BinaryOp, EffectExpr, Expr } from './ast.types';
import { applyAssign, applyBinary, expectBool, expectNumber, unknownVariable } from './runtime-ops';

/** Maps names to array positions once, at compile time. A negative slot or node index means "not known". */
export interface CompileResolver {
  slot(name: string): number;
  nodeIndex(nodeId: string): number;
}

/** A compiled expression: variables by slot, visited nodes by index. */
export type CompiledExpr = (vars: ArrayLike<Value>, visited: (nodeIndex: number) => boolean) => Value;

/** Compiles `expr`; an unknown variable throws when read (as in `evaluate`), an unknown node is never visited. */
export function compileExpression(expr: Expr, resolve: CompileResolver): CompiledExpr {
  switch (expr.kind) {
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'var': {
      const { name } = expr;
      const slot = resolve.slot(name);
      if (slot < 0) return () => unknownVariable(name);
      return (vars) => {
        const v = vars[slot];
        return v === undefined ? unknownVariable(name) : v;
      };
    }
    case 'visited': {
      const index = resolve.nodeIndex(expr.nodeId);
      if (index < 0) return () => false;
      return (_vars, visited) => visited(index);
    }
    case 'not': {
      const arg = compileExpression(expr.arg, resolve);
      return (vars, visited) => {
        const v = arg(vars, visited);
        return typeof v === 'boolean' ? !v : !expectBool('!', v);
      };
    }
    case 'neg': {
      const arg = compileExpression(expr.arg, resolve);
      return (vars, visited) => {
        const v = arg(vars, visited);
        return typeof v === 'number' ? -v : -expectNumber('-', v);
      };
    }
    case 'binary':
      return compileBinary(expr.op, compileExpression(expr.left, resolve), compileExpression(expr.right, resolve));
  }
}

function compileBinary(op: BinaryOp, l: CompiledExpr, r: CompiledExpr): CompiledExpr {
  switch (op) {
    case '&&':
      return (vars, visited) => {
        const a = l(vars, visited);
        if (a === false) return false;
        if (a !== true) return expectBool('&&', a);
        const b = r(vars, visited);
        return typeof b === 'boolean' ? b : expectBool('&&', b);
      };
    case '||':
      return (vars, visited) => {
        const a = l(vars, visited);
        if (a === true) return true;
        if (a !== false) return expectBool('||', a);
        const b = r(vars, visited);
        return typeof b === 'boolean' ? b : expectBool('||', b);
      };
    case '==':
      return (vars, visited) => {
        const a = l(vars, visited);
        const b = r(vars, visited);
        return typeof a === typeof b ? a === b : applyBinary(op, a, b);
      };
    case '!=':
      return (vars, visited) => {
        const a = l(vars, visited);
        const b = r(vars, visited);
        return typeof a === typeof b ? a !== b : applyBinary(op, a, b);
      };
    case '<':
      return numeric(op, l, r, (a, b) => a < b);
    case '<=':
      return numeric(op, l, r, (a, b) => a <= b);
    case '>':
      return numeric(op, l, r, (a, b) => a > b);
    case '>=':
      return numeric(op, l, r, (a, b) => a >= b);
    case '-':
      return numeric(op, l, r, (a, b) => a - b);
    case '*':
      return numeric(op, l, r, (a, b) => a * b);
    case '/':
      return (vars, visited) => {
        const a = l(vars, visited);
        const b = r(vars, visited);
        return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : applyBinary(op, a, b);
      };
    case '+':
      return (vars, visited) => {
        const a = l(vars, visited);
        const b = r(vars, visited);
        if (typeof a === 'number' && typeof b === 'number') return a + b;
        return applyBinary(op, a, b);
      };
  }
}

function numeric(op: BinaryOp, l: CompiledExpr, r: CompiledExpr, f: (a: number, b: number) => Value): CompiledExpr {
  return (vars, visited) => {
    const a = l(vars, visited);
    const b = r(vars, visited);
    return typeof a === 'number' && typeof b === 'number' ? f(a, b) : applyBinary(op, a, b);
  };
}

/** Compiles an effect: `compute` returns the target's new value; the caller stores it at `slot`. */
export function compileEffect(effect: EffectExpr, resolve: CompileResolver): { slot: number; compute: CompiledExpr } {
  const { target, op } = effect;
  const slot = resolve.slot(target);
  const value = compileExpression(effect.value, resolve);
  const current = (vars: ArrayLike<Value>): Value | undefined => (slot < 0 ? undefined : vars[slot]);
  let compute: CompiledExpr;
  if (op === '+=') {
    compute = (vars, visited) => {
      const v = value(vars, visited);
      const c = current(vars);
      return typeof c === 'number' && typeof v === 'number' ? c + v : applyAssign(target, op, c, v);
    };
  } else if (op === '-=') {
    compute = (vars, visited) => {
      const v = value(vars, visited);
      const c = current(vars);
      return typeof c === 'number' && typeof v === 'number' ? c - v : applyAssign(target, op, c, v);
    };
  } else {
    compute = (vars, visited) => {
      const v = value(vars, visited);
      const c = current(vars);
      return typeof c === typeof v ? v : applyAssign(target, op, c, v);
    };
  }
  return { slot, compute };
}
