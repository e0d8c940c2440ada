/**
 * The CLI's worker pool for its slow commands (`validate` on several files, `balance`): tinypool over
 * worker_threads. Tinypool rather than piscina: the same API (it is piscina's fork, kept by the vitest team),
 * but pure JavaScript with no dependencies (piscina pulls a native module for thread priorities, which we do
 * not use) and a 38 KB install. What is ours: results in task order, and progress summed over the tasks.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import Tinypool from 'tinypool';
import { runPoolTask, type PoolTaskName, type TaskInput, type TaskOutput } from './pool-tasks';

/**
 * The workers' module. The CLI runs bundled (scripts/build-cli.mjs) with it beside it in dist/cli; tests that
 * run the sources use that same bundle (their setup builds it when stale). A worker cannot load TypeScript.
 */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? '../dist/cli/pool-worker.mjs' : './pool-worker.mjs', import.meta.url);

/** Options of `runTasks`. */
export interface PoolOptions {
  /** Worker threads to start at most (0: run every task here, one after another). */
  workers: number;
  /** Called with the sum of every task's progress. */
  onProgress?: (done: number) => void;
}

/** A task's failure, with which task it was (in the order given). */
export class TaskFailed extends Error {
  readonly index: number;
  constructor(index: number, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'TaskFailed';
    this.index = index;
  }
}

/** A sensible pool size: the cores, at most four (the tasks are few and short). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Worker threads `runTasks` starts for this many tasks: none for a single task (a worker would only add its start). */
export function threadsFor(workers: number, tasks: number): number {
  const size = Math.min(workers, tasks);
  return size <= 1 ? 0 : size;
}

/**
 * Runs every task (the function `name` of pool-tasks.ts) and returns their results in task order. A single task
 * runs here: a worker would only add its start-up. Rejects with `TaskFailed` for the first task that throws, or
 * whose worker dies.
 */
export async function runTasks<N extends PoolTaskName>(
  name: N,
  tasks: readonly TaskInput<N>[],
  options: PoolOptions,
): Promise<TaskOutput<N>[]> {
  const progress = new Float64Array(tasks.length);
  const report = (id: number, done: number): void => {
    progress[id] = done;
    options.onProgress?.(progress.reduce((a, b) => a + b, 0));
  };
  const size = threadsFor(options.workers, tasks.length);
  if (size === 0) {
    return tasks.map((task, id) => {
      try {
        return runPoolTask(name, task, (done) => report(id, done));
      } catch (error) {
        throw new TaskFailed(id, error);
      }
    });
  }
  const pool = new Tinypool({ filename: WORKER.href, minThreads: size, maxThreads: size });
  try {
    return await Promise.all(
      tasks.map((task, id) =>
        runInPool(pool, name, task, (done) => report(id, done)).catch((error: unknown) => Promise.reject(new TaskFailed(id, error))),
      ),
    );
  } finally {
    await pool.destroy();
  }
}

/** One task in a worker: its progress arrives on a port of its own, closed once the worker says it sent all. */
async function runInPool<N extends PoolTaskName>(
  pool: Tinypool,
  name: N,
  task: TaskInput<N>,
  onProgress: (done: number) => void,
): Promise<TaskOutput<N>> {
  const { port1, port2 } = new MessageChannel();
  const allSent = new Promise<void>((resolve) =>
    port2.on('message', (done: number | null) => (done === null ? resolve() : onProgress(done))),
  );
  try {
    const [result] = await Promise.all([
      pool.run({ task, progress: port1 }, { name, transferList: [port1] }) as Promise<TaskOutput<N>>,
      allSent,
    ]);
    return result;
  } finally {
    port2.close();
  }
}
