/**
 * A small pool of worker_threads for the CLI's slow commands. Each worker loads a task module through tsx
 * (worker-entry.js) and runs tasks one at a time; results come back in task order, progress as it happens.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Reports how far a task has got, in the task's own units. */
export type TaskProgress = (done: number) => void;

/** A module a worker can load: `runTask` must be a named export of it. */
export type RunTask<T, R> = (task: T, progress: TaskProgress) => R;

/** Options of `runTasks`. */
export interface PoolOptions<T, R> {
  /** Absolute path of the TypeScript module that exports `runTask`. */
  module: string;
  /** The same function, run in this thread when `workers` is 0. */
  runTask: RunTask<T, R>;
  /** Worker threads to start (0: run here, one task after another). */
  workers: number;
  /** Called with the sum of every task's progress. */
  onProgress?: (done: number) => void;
}

/** A sensible pool size: the cores, at most four (the tasks are few and short). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

type Message = { type: 'progress'; id: number; done: number } | { type: 'result'; id: number; result: unknown } | { type: 'error'; id: number; message: string };

/** Runs every task and returns their results in task order; rejects with the first task's or worker's error. */
export async function runTasks<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<R[]> {
  const progress = new Float64Array(tasks.length);
  const report = (id: number, done: number): void => {
    progress[id] = done;
    if (options.onProgress) options.onProgress(progress.reduce((a, b) => a + b, 0));
  };
  if (options.workers <= 0) return tasks.map((task, id) => options.runTask(task, (done) => report(id, done)));

  const results = new Array<R>(tasks.length);
  const size = Math.min(options.workers, tasks.length);
  const entry = join(__dirname, 'worker-entry.js');
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      if (tasks.length === 0) resolve();
      const feed = (worker: Worker): void => {
        if (next < tasks.length) {
          const id = next++;
          worker.postMessage({ id, task: tasks[id] });
        }
      };
      for (let w = 0; w < size; w++) {
        const worker = new Worker(entry, { workerData: { module: options.module } });
        workers.push(worker);
        worker.on('message', (m: Message) => {
          if (m.type === 'progress') report(m.id, m.done);
          else if (m.type === 'error') reject(new Error(m.message));
          else {
            results[m.id] = m.result as R;
            if (++finished === tasks.length) resolve();
            else feed(worker);
          }
        });
        worker.on('error', (e) => reject(e));
        worker.on('exit', (code) => {
          if (finished < tasks.length) reject(new Error(`a worker thread stopped (exit code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
