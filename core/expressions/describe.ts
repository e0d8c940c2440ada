/**
 * Conditions and effects in plain English, for designers and reviewers who do not read the expression
 * language: `coalition >= 3 && !alarmRaised` -> "coalition is at least 3 and alarmRaised is false".
 * Negations are pushed inward (De Morgan) so that no sentence says "not (... or ...)", and a list of the other
 * connective inside a list reads "either ... or ..." / "both ... and ...", then falls back to parentheses.
 */
import type { BinaryOp, EffectExpr, Expr } from './ast.types';
import { formatExpression, formatValue } from './format';

/** A node's title for `visited("id")`; undefined (or blank) falls back to the id. */
export type NodeTitles = (nodeId: string) => string | undefined;

type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A condition as a tree of connectives over finished phrases, negations already pushed to the leaves. */
type Words = { kind: 'atom'; text: string } | { kind: 'list'; op: 'and' | 'or'; parts: Words[] };

const COMPARISONS: Readonly<Record<Comparison, string>> = {
  '==': 'is',
  '!=': 'is not',
  '<': 'is less than',
  '<=': 'is at most',
  '>': 'is more than',
  '>=': 'is at least',
};
const NEGATED: Readonly<Record<Comparison, Comparison>> = { '==': '!=', '!=': '==', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };
/** The same comparison with its operands swapped, so that `3 <= coalition` reads "coalition is at least 3". */
const MIRRORED: Readonly<Record<Comparison, Comparison>> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

const noTitles: NodeTitles = () => undefined;

/** A condition in words, e.g. `coalition >= 3 && visited("quarks")` -> `coalition is at least 3 and after "Quark's Bar"`. */
export function describeCondition(expr: Expr, names: NodeTitles = noTitles): string {
  return render(words(expr, false, names), 0);
}

/** An effect in words, e.g. `coalition += 1` -> "raises coalition by 1", `x = true` -> "sets x to true". */
export function describeEffect(effect: EffectExpr, names: NodeTitles = noTitles): string {
  const value = valuePhrase(effect.value, names);
  if (effect.op === '+=') return `raises ${effect.target} by ${value}`;
  if (effect.op === '-=') return `lowers ${effect.target} by ${value}`;
  return `sets ${effect.target} to ${value}`;
}

/** Phrases joined as English lists: "a", "a and b", "a, b and c". */
export function joinPhrases(phrases: readonly string[], conjunction: 'and' | 'or'): string {
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} ${conjunction} ${phrases[phrases.length - 1]}`;
}

function isComparison(op: BinaryOp): op is Comparison {
  return Object.prototype.hasOwnProperty.call(COMPARISONS, op);
}

const atom = (text: string): Words => ({ kind: 'atom', text });

/** `expr` (or its negation) as a tree of connectives: the only place a `not` is resolved. */
function words(expr: Expr, negate: boolean, names: NodeTitles): Words {
  switch (expr.kind) {
    case 'literal':
      if (typeof expr.value === 'boolean') return atom(expr.value !== negate ? 'always' : 'never');
      return atom(`${formatValue(expr.value)} is ${negate ? 'false' : 'true'}`);
    case 'var':
      return atom(`${expr.name} is ${negate ? 'false' : 'true'}`);
    case 'visited':
      return atom(`${negate ? 'before' : 'after'} ${title(expr.nodeId, names)}`);
    case 'not':
      return words(expr.arg, !negate, names);
    case 'neg':
      return atom(`${valuePhrase(expr, names)} is ${negate ? 'false' : 'true'}`);
    case 'binary': {
      if (expr.op === '&&' || expr.op === '||') {
        // De Morgan: not (a and b) = not a or not b.
        const op = (expr.op === '&&') !== negate ? 'and' : 'or';
        const parts = [words(expr.left, negate, names), words(expr.right, negate, names)].flatMap((w) =>
          w.kind === 'list' && w.op === op ? w.parts : [w],
        );
        return { kind: 'list', op, parts };
      }
      if (isComparison(expr.op)) return atom(comparison(negate ? NEGATED[expr.op] : expr.op, expr.left, expr.right, names));
      return atom(`${valuePhrase(expr, names)} is ${negate ? 'false' : 'true'}`);
    }
  }
}

function comparison(op: Comparison, left: Expr, right: Expr, names: NodeTitles): string {
  if (left.kind === 'literal' && right.kind !== 'literal') return comparison(MIRRORED[op], right, left, names);
  // `faction` is the built-in, read-only player faction: "the player is klingon" says what it means.
  if (left.kind === 'var' && left.name === 'faction' && right.kind === 'literal' && typeof right.value === 'string') {
    const faction = /^[\p{L}\p{N}_-]+$/u.test(right.value) ? right.value : formatValue(right.value);
    if (op === '==') return `the player is ${faction}`;
    if (op === '!=') return `the player is not ${faction}`;
  }
  return `${valuePhrase(left, names)} ${COMPARISONS[op]} ${valuePhrase(right, names)}`;
}

/** An operand: names and literals as written, arithmetic as a formula, a nested condition in parentheses. */
function valuePhrase(expr: Expr, names: NodeTitles): string {
  switch (expr.kind) {
    case 'literal':
      return formatValue(expr.value);
    case 'var':
      return expr.name;
    case 'neg':
      return formatExpression(expr);
    case 'binary':
      if (!isComparison(expr.op) && expr.op !== '&&' && expr.op !== '||') return formatExpression(expr);
      return `(${describeCondition(expr, names)})`;
    case 'visited':
    case 'not':
      return `(${describeCondition(expr, names)})`;
  }
}

function title(nodeId: string, names: NodeTitles): string {
  const name = names(nodeId);
  return formatValue(name !== undefined && name.trim() !== '' ? name : nodeId);
}

/**
 * Depth 0 reads "a and b"; depth 1 "both a and b" / "either a or b"; deeper adds parentheses. A serial comma
 * before the last conjunction marks where a nested list ends: "both a and b, or c".
 */
function render(w: Words, depth: number): string {
  if (w.kind === 'atom') return w.text;
  const parts = w.parts.map((p) => render(p, depth + 1));
  if (depth === 0) {
    if (!w.parts.some((p) => p.kind === 'list')) return joinPhrases(parts, w.op);
    return `${parts.slice(0, -1).join(', ')}, ${w.op} ${parts[parts.length - 1]}`;
  }
  const lead = w.op === 'or' ? 'either' : parts.length === 2 ? 'both' : 'all of';
  const phrase = `${lead} ${joinPhrases(parts, w.op)}`;
  return depth === 1 ? phrase : `(${phrase})`;
}
