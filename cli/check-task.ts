/**
 * `validate`'s work on one file, as a task a pool worker runs (see worker-pool.ts): the file's text in (the main
 * thread reads it, through CliIo), its findings out. The check is core's `checkMission`, as in the app.
 */
import { checkMission } from '@mission-studio/core/check';
import { loadMission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';

/** One file to check, and which checks to run past the static ones. */
export interface CheckTask {
  text: string;
  explore: boolean;
  balance: boolean;
  maxStates: number;
  /** Milliseconds of search before the answer is partial; absent: none. */
  timeBudgetMs?: number;
}

/** What checking one file found. */
export interface CheckTaskResult {
  diagnostics: Diagnostic[];
  /** Why the explorer's search stopped short (only soft-locks are then reported), or null. */
  partial: string | null;
}

/** Loads the text, then checks the mission with the app's rules. */
export function runCheckTask(task: CheckTask): CheckTaskResult {
  const { mission, diagnostics } = loadMission(task.text);
  if (!mission) return { diagnostics, partial: null };
  const check = checkMission(mission, task.text, {
    staticDiagnostics: diagnostics,
    explore: task.explore,
    balance: task.balance,
    maxStates: task.maxStates,
    timeBudgetMs: task.timeBudgetMs ?? Infinity,
  });
  const { summary } = check;
  // A check that did not explore (asked not to, or static errors) has no states, and nothing partial to admit.
  const partial = !summary.complete && summary.states > 0 ? (summary.incompleteReason ?? 'stopped early') : null;
  return { diagnostics: check.diagnostics, partial };
}
