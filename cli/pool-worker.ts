/**
 * A worker thread of the CLI's pool (worker-pool.ts), bundled to dist/cli/pool-worker.mjs. The pool calls the
 * export named after the task; its progress goes back on the MessagePort that came with it, then `null` once the
 * last of it is sent (messages on two ports have no order, so the pool waits for that before closing the port).
 */
import type { MessagePort } from 'node:worker_threads';
import { runPoolTask, type PoolTaskName, type TaskInput, type TaskOutput } from './pool-tasks';

/** What the pool posts for one task. */
export interface PoolMessage<N extends PoolTaskName> {
  task: TaskInput<N>;
  progress: MessagePort;
}

function serve<N extends PoolTaskName>(name: N): (message: PoolMessage<N>) => TaskOutput<N> {
  return ({ task, progress }) => {
    try {
      return runPoolTask(name, task, (done) => progress.postMessage(done));
    } finally {
      progress.postMessage(null);
    }
  };
}

/** `balance`'s tasks (balance-tasks.ts). */
export const balance = serve('balance');
/** `validate`'s per-file checks (check-task.ts). */
export const check = serve('check');
