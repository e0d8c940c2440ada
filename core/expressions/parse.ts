/** Parses condition and effect texts with jsep, then converts jsep's tree into ours (memoized by text). */
import jsep from 'jsep';
import jsepAssignment from '@jsep-plugin/assignment';
import type { EffectExpr, Expr, ExpressionError, ParseResult } from './ast.types';
import { BoundedCache } from './bounded-cache';
import { convertCondition, convertEffect, Rejection } from './convert';
import type { JsepNode } from './jsep-node.types';
import { locateAnchor } from './locate';

// jsep is a module-wide singleton; registering is idempotent (it ignores a plugin name it already has).
jsep.plugins.register(jsepAssignment);

/** How many distinct texts each memo table keeps. */
export const PARSE_CACHE_SIZE = 50_000;

const conditions = new BoundedCache<ParseResult<Expr>>(PARSE_CACHE_SIZE);
const effects = new BoundedCache<ParseResult<EffectExpr>>(PARSE_CACHE_SIZE);

/** Parses a guard such as `coalition >= 2 && visited("bar")`; never throws. */
export function parseCondition(text: string): ParseResult<Expr> {
  return conditions.getOrCompute(text, (t) => parseWith(t, convertCondition));
}

/** Parses one effect such as `coalition += 1` or `rank = "captain"`; never throws. */
export function parseEffect(text: string): ParseResult<EffectExpr> {
  return effects.getOrCompute(text, (t) => parseWith(t, convertEffect));
}

/** Empties both memo tables (for tests and for freeing memory after closing a large mission). */
export function clearParseCache(): void {
  conditions.clear();
  effects.clear();
}

function parseWith<T>(text: string, convert: (root: JsepNode) => T): ParseResult<T> {
  let root: JsepNode;
  try {
    root = jsep(text);
  } catch (e) {
    return { ok: false, error: fromJsepError(e) };
  }
  try {
    return { ok: true, value: convert(root) };
  } catch (e) {
    if (!(e instanceof Rejection)) return { ok: false, error: { message: describe(e), offset: 0 } };
    const offset = e.anchor ? locateAnchor(text, root, e.anchor) : 0;
    return { ok: false, error: { message: e.message, offset } };
  }
}

/** jsep throws an Error with `index` and `description`; deep nesting can also overflow its recursion. */
function fromJsepError(e: unknown): ExpressionError {
  if (e instanceof Error) {
    const { index, description } = e as Error & { index?: unknown; description?: unknown };
    if (typeof index === 'number') {
      return { message: typeof description === 'string' ? description : e.message, offset: index };
    }
  }
  return { message: describe(e), offset: 0 };
}

function describe(e: unknown): string {
  if (e instanceof RangeError) return 'Expression is nested too deeply';
  return e instanceof Error ? e.message : String(e);
}
