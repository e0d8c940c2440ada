/**
 * Keeps a list of diagnostics the same object while its contents stay the same. The pipeline answers every edit
 * with a new list, most often equal to the last (a drag, a letter typed in a title); views that derive from the
 * list by identity (the canvas's problem badges on 1,000 nodes, the status bar's counts, the source view's markers)
 * then skip their work instead of redoing it for nothing.
 */
import type { Diagnostic } from '@mission-studio/core/validate';

/** Whether two plain JSON values (what a diagnostic is made of) are equal, key by key. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}

/** `next`, or `previous` itself when both hold equal diagnostics in the same order. */
export function keepSameDiagnostics(previous: Diagnostic[], next: Diagnostic[]): Diagnostic[] {
  if (previous === next) return previous;
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (!sameValue(previous[i], next[i])) return next;
  return previous;
}
