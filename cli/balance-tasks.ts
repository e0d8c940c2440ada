/** The work of `mission-studio balance`, cut into tasks a worker thread can run (see pool-tasks.ts). */
import { balanceCombat } from '@mission-studio/core/engine';
import type { CombatBalance } from '@mission-studio/core/engine';
import { runMonteCarlo } from '@mission-studio/core/engine';
import type { MonteCarloReport } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import type { TaskProgress } from './pool-tasks';

/** One combat node's Monte Carlo, or a range of whole random playthroughs. */
export type BalanceTask =
  | { kind: 'combat'; mission: Mission; nodeId: string; runs: number; seed: number }
  | { kind: 'playthroughs'; mission: Mission; firstRun: number; runs: number; seed: number };

/** What a task gives back. */
export type BalanceTaskResult = { kind: 'combat'; balance: CombatBalance } | { kind: 'playthroughs'; report: MonteCarloReport };

/** Progress units of a task: fights for a combat (five policies), runs for playthroughs. */
export function taskSize(task: BalanceTask): number {
  return task.kind === 'combat' ? task.runs * 5 : task.runs;
}

/** Runs one task (in a worker, or in the main thread). */
export function runTask(task: BalanceTask, progress: TaskProgress): BalanceTaskResult {
  if (task.kind === 'combat') {
    return {
      kind: 'combat',
      balance: balanceCombat(task.mission, task.nodeId, { runs: task.runs, seed: task.seed, onProgress: progress }),
    };
  }
  const report = runMonteCarlo(task.mission, {
    runs: task.runs,
    seed: task.seed,
    firstRun: task.firstRun,
    now: () => performance.now(),
    onProgress: progress,
  });
  return { kind: 'playthroughs', report };
}
