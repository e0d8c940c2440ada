/**
 * Why a condition is false in a run, in the designer's words: `needs coalition >= 5 (coalition = 3)`. The parts
 * of a top-level `&&` that hold are left out, so the reason names only what is missing. Evaluation is
 * core/expressions'; this only picks what to show. The preview pane and the runtime both explain closed choices
 * with it.
 */
import type { Expr } from '../../expressions/ast.types';
import { evaluate, type EvalEnv } from '../../expressions/evaluate';
import { formatExpression, formatValue } from '../../expressions/format';
import { parseCondition } from '../../expressions/parse';
import type { Value } from '../../format/mission.types';
import { getKey } from './run-cursor';
import type { RunState } from './run-state.types';

/** What a condition sees in a run: declared variables, the built-in `faction`, and visited nodes. */
export function runEnv(state: RunState): EvalEnv {
  return {
    get: (name) => (Object.hasOwn(state.variables, name) ? state.variables[name] : name === 'faction' ? state.faction : undefined),
    visited: (nodeId) => (getKey(state.visits, nodeId) ?? 0) > 0,
  };
}

function conjuncts(expr: Expr): Expr[] {
  return expr.kind === 'binary' && expr.op === '&&' ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr];
}

/** The variables and `visited(...)` calls an expression reads, in order, once each. */
function reads(expr: Expr, out: Expr[] = []): Expr[] {
  switch (expr.kind) {
    case 'var':
    case 'visited':
      if (!out.some((e) => formatExpression(e) === formatExpression(expr))) out.push(expr);
      break;
    case 'not':
    case 'neg':
      reads(expr.arg, out);
      break;
    case 'binary':
      reads(expr.left, out);
      reads(expr.right, out);
      break;
    case 'literal':
      break;
  }
  return out;
}

function valueText(expr: Expr, env: EvalEnv): string {
  try {
    return formatValue(evaluate(expr, env) as Value);
  } catch {
    return 'undefined';
  }
}

/** Whether a part of the condition holds; an evaluation error counts as not holding. */
function holds(expr: Expr, env: EvalEnv): boolean {
  try {
    return evaluate(expr, env) === true;
  } catch {
    return false;
  }
}

/** The explanation of a condition text that is false in `state`, or null when it holds. */
export function explainCondition(condition: string, state: RunState): string | null {
  const parsed = parseCondition(condition);
  if (!parsed.ok) return `the condition does not parse: ${parsed.error.message}`;
  return explainExpression(parsed.value, state);
}

/** The explanation of a parsed condition that is false in `state`, or null when it holds. */
export function explainExpression(condition: Expr, state: RunState): string | null {
  const env = runEnv(state);
  if (holds(condition, env)) return null;
  const failing = conjuncts(condition).filter((part) => !holds(part, env));
  // A failing whole that no single part explains (e.g. `a || b`) is shown whole.
  const parts = failing.length > 0 ? failing : [condition];
  return parts
    .map((part) => {
      const values = reads(part).map((r) => `${formatExpression(r)} = ${valueText(r, env)}`);
      return `needs ${formatExpression(part)}${values.length > 0 ? ` (${values.join(', ')})` : ''}`;
    })
    .join('; ');
}
