/**
 * Prints trees back to text with the fewest parentheses that keep their shape, so that parsing the printed
 * text gives the same tree (for trees the parser can produce: names that are identifiers, finite numbers >= 0).
 */
import type { Value } from '../format/mission.types';
import { PRECEDENCE, type EffectExpr, type Expr } from './ast.types';

/** Higher than any binary operator: literals, names, calls and unary operators never need parentheses. */
const ATOM = 100;

/** The text of `expr`, e.g. `coalition >= 2 && !visited("bar")`. */
export function formatExpression(expr: Expr): string {
  return print(expr).text;
}

/** The text of an effect, e.g. `coalition += 1`. */
export function formatEffect(effect: EffectExpr): string {
  return `${effect.target} ${effect.op} ${formatExpression(effect.value)}`;
}

interface Printed {
  text: string;
  precedence: number;
}

function print(expr: Expr): Printed {
  switch (expr.kind) {
    case 'literal':
      return { text: formatValue(expr.value), precedence: ATOM };
    case 'var':
      return { text: expr.name, precedence: ATOM };
    case 'visited':
      return { text: `visited(${quote(expr.nodeId)})`, precedence: ATOM };
    case 'not':
    case 'neg': {
      const arg = print(expr.arg);
      let inner = arg.precedence < ATOM ? `(${arg.text})` : arg.text;
      // `--x` would read as a decrement (and `-` before a negative number likewise), so separate them.
      if (expr.kind === 'neg' && inner.startsWith('-')) inner = `(${inner})`;
      return { text: `${expr.kind === 'not' ? '!' : '-'}${inner}`, precedence: ATOM };
    }
    case 'binary': {
      const p = PRECEDENCE[expr.op];
      const left = print(expr.left);
      const right = print(expr.right);
      // All operators associate to the left: a right operand of equal precedence needs parentheses.
      const l = left.precedence < p ? `(${left.text})` : left.text;
      const r = right.precedence <= p ? `(${right.text})` : right.text;
      return { text: `${l} ${expr.op} ${r}`, precedence: p };
    }
  }
}

/** A value as a literal: strings in double quotes, numbers as JavaScript writes them. */
export function formatValue(value: Value): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Number.isFinite(value)) return String(value);
  // Not producible by the parser; print something readable that is obviously out of range.
  return Number.isNaN(value) ? '(0 / 0)' : value > 0 ? '1e999' : '-1e999';
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

function quote(s: string): string {
  return `"${s.replace(/[\\"\n\r\t\b\f\v]/g, (c) => ESCAPES[c] ?? c)}"`;
}
