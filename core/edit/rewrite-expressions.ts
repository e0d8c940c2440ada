import type { Draft } from 'immer';
import type { EffectExpr, Expr } from '../expressions/ast.types';
import { formatEffect, formatExpression } from '../expressions/format';
import { parseCondition, parseEffect } from '../expressions/parse';
import { forEachExpression, sitePath, type ExpressionSite } from '../format/expression-sites';
import type { Mission } from '../format/mission.types';
import { setAtPointer } from './pointer';

/** A name changing everywhere expressions use it: a node id inside `visited("…")`, or a variable's name. */
export interface NameChange {
  what: 'node' | 'variable';
  from: string;
  to: string;
}

/** What a name change does to one expression's text. */
type Rewrite = { status: 'same' } | { status: 'changed'; text: string } | { status: 'unparsed'; message: string };

/** An expression a rename left as it was because it does not parse (it may still mention the old name). */
export interface UnparsedExpression {
  /** JSON pointer of the expression's string in the mission. */
  path: string;
  nodeId: string;
  text: string;
  /** The parser's complaint. */
  message: string;
}

// Returns the very same object when nothing in it changes, so callers can tell "changed" by identity.
function renameInTree(expr: Expr, change: NameChange): Expr {
  switch (expr.kind) {
    case 'literal':
      return expr;
    case 'var':
      return change.what === 'variable' && expr.name === change.from ? { kind: 'var', name: change.to } : expr;
    case 'visited':
      return change.what === 'node' && expr.nodeId === change.from ? { kind: 'visited', nodeId: change.to } : expr;
    case 'not':
    case 'neg': {
      const arg = renameInTree(expr.arg, change);
      return arg === expr.arg ? expr : { kind: expr.kind, arg };
    }
    case 'binary': {
      const left = renameInTree(expr.left, change);
      const right = renameInTree(expr.right, change);
      return left === expr.left && right === expr.right ? expr : { ...expr, left, right };
    }
  }
}

function renameInEffect(effect: EffectExpr, change: NameChange): EffectExpr {
  const target = change.what === 'variable' && effect.target === change.from ? change.to : effect.target;
  const value = renameInTree(effect.value, change);
  return target === effect.target && value === effect.value ? effect : { ...effect, target, value };
}

/**
 * The expression with the name changed. Only an expression that mentions the name is printed again (by the
 * expression formatter, so `a>=1` becomes `b >= 1`); every other keeps its exact text. One that does not parse is
 * left alone: a rewrite by text could change a string literal that happens to spell the name.
 */
function renameInExpression(text: string, kind: ExpressionSite['kind'], change: NameChange): Rewrite {
  if (kind === 'condition') {
    const parsed = parseCondition(text);
    if (!parsed.ok) return { status: 'unparsed', message: parsed.error.message };
    const renamed = renameInTree(parsed.value, change);
    return renamed === parsed.value ? { status: 'same' } : { status: 'changed', text: formatExpression(renamed) };
  }
  const parsed = parseEffect(text);
  if (!parsed.ok) return { status: 'unparsed', message: parsed.error.message };
  const renamed = renameInEffect(parsed.value, change);
  return renamed === parsed.value ? { status: 'same' } : { status: 'changed', text: formatEffect(renamed) };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// For text that does not parse: does it look like it mentions the name? A variable as a whole word, a node id
// in quotes. Only a guess, to say which expressions a rename may have missed.
function seemsToMention(text: string, change: NameChange): boolean {
  if (change.what === 'node') return text.includes(`"${change.from}"`) || text.includes(`'${change.from}'`);
  return new RegExp(`(?<![\\w$])${escape(change.from)}(?![\\w$])`, 'u').test(text);
}

/** Every condition and effect that does not parse yet seems to mention the old name: what a rename cannot rewrite. */
export function unparsedMentions(mission: Mission, change: NameChange): UnparsedExpression[] {
  const found: UnparsedExpression[] = [];
  forEachExpression(mission, (site) => {
    if (!seemsToMention(site.text, change)) return;
    const rewrite = renameInExpression(site.text, site.kind, change);
    if (rewrite.status === 'unparsed') found.push({ path: sitePath(site), nodeId: site.nodeId, text: site.text, message: rewrite.message });
  });
  return found;
}

/** Rewrites, in the draft, every condition and effect that mentions the old name; the rest stay as they are. */
export function renameInMissionExpressions(draft: Draft<Mission>, change: NameChange): void {
  // Read through the draft, not the mission before the edit: in a batch, an earlier edit may have changed an expression.
  const changed: Array<{ path: string; text: string }> = [];
  forEachExpression(draft as Mission, (site) => {
    const rewrite = renameInExpression(site.text, site.kind, change);
    if (rewrite.status === 'changed') changed.push({ path: sitePath(site), text: rewrite.text });
  });
  for (const { path, text } of changed) setAtPointer(draft, path, text);
}
