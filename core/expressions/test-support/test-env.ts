/** Small fakes for the evaluation tests (test code only). */
import type { Value } from '../../format/mission.types';
import type { EvalEnv } from '../evaluate';
import { ExpressionRuntimeError } from '../runtime-ops';

/** An environment over a Map of variables and a set of visited node ids, recording every name it is asked for. */
export function mapEnv(vars: Iterable<[string, Value]>, visited: Iterable<string> = []): EvalEnv & { asked: string[] } {
  const values = new Map(vars);
  const seen = new Set(visited);
  const asked: string[] = [];
  return {
    asked,
    get: (name) => {
      asked.push(name);
      return values.get(name);
    },
    visited: (id) => seen.has(id),
  };
}

/** What running `f` gave: its value, or the message of the ExpressionRuntimeError it threw. */
export type Outcome = { value: Value } | { error: string };

/** Runs `f`, turning an ExpressionRuntimeError into an outcome (any other error is a bug and is rethrown). */
export function outcomeOf(f: () => Value): Outcome {
  try {
    return { value: f() };
  } catch (e) {
    if (e instanceof ExpressionRuntimeError) return { error: e.message };
    throw e;
  }
}

/** True when two outcomes are the same value (by Object.is) or the same error message. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  if ('value' in a && 'value' in b) return Object.is(a.value, b.value);
  if ('error' in a && 'error' in b) return a.error === b.error;
  return false;
}
