/** The tasks the CLI's worker pool runs, by name: the same functions in a worker thread or in this one. */
import { runTask as runBalanceTask } from './balance-tasks';
import { runCheckTask } from './check-task';

/** Reports how far a task has got, in the task's own units. */
export type TaskProgress = (done: number) => void;

/** Each task by the name the pool's worker exports it under (pool-worker.ts). */
export const POOL_TASKS = {
  balance: runBalanceTask,
  check: runCheckTask,
} satisfies Record<string, (task: never, progress: TaskProgress) => unknown>;

/** A task's name. */
export type PoolTaskName = keyof typeof POOL_TASKS;
/** What a task of that name takes. */
export type TaskInput<N extends PoolTaskName> = Parameters<(typeof POOL_TASKS)[N]>[0];
/** What it gives back. */
export type TaskOutput<N extends PoolTaskName> = ReturnType<(typeof POOL_TASKS)[N]>;

/** Runs a task by name in this thread. */
export function runPoolTask<N extends PoolTaskName>(name: N, task: TaskInput<N>, progress: TaskProgress): TaskOutput<N> {
  // One signature for every entry of the table, which TypeScript cannot see through the generic index.
  const run = POOL_TASKS[name] as (task: TaskInput<N>, progress: TaskProgress) => TaskOutput<N>;
  return run(task, progress);
}
