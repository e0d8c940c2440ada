/**
 * Stands in for core/expressions/parse.ts inside the `mission-studio/runtime` bundle (an esbuild alias in
 * scripts/build-runtime.mjs). A runtime file carries its expressions as trees and the runtime compiles those, so
 * the text parser (jsep, about a quarter of the bundle) is never called there; this keeps it out of the 25 KB
 * budget. If some path ever did parse text in the bundle, it would fail with this message, and the tests that
 * play the built bundle would say so.
 */
import type { EffectExpr, Expr, ParseResult } from '../expressions/ast.types';

const refused = {
  ok: false as const,
  error: { message: 'the runtime plays pre-parsed expression trees and never parses text', offset: 0 },
};

/** Same signature as core/expressions/parse.ts; always refuses. */
export function parseCondition(_text: string): ParseResult<Expr> {
  return refused;
}

/** Same signature as core/expressions/parse.ts; always refuses. */
export function parseEffect(_text: string): ParseResult<EffectExpr> {
  return refused;
}

/** Same signature as core/expressions/parse.ts; nothing to clear. */
export function clearParseCache(): void {}

export const PARSE_CACHE_SIZE = 0;
