import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

/** The rejection of a layout that a newer request (or closing the view) replaced. */
export class LayoutCancelled extends Error {
  constructor() {
    super('The layout was replaced by a newer one.');
    this.name = 'LayoutCancelled';
  }
}

/** Runs ELK layouts off the UI thread, newest request wins. */
export interface LayoutRunner {
  /** Lays out `graph`; an earlier run still going is cancelled and its promise rejects with LayoutCancelled. */
  run(graph: ElkNode): Promise<ElkNode>;
  /** Stops the running layout, if any. */
  cancel(): void;
  /** Stops everything and ends the worker. */
  dispose(): void;
}

/**
 * ELK in a Web Worker, loaded on first use: elkjs is 1.6 MB of generated code that the editor does not need
 * until someone asks for a layout. The worker file is bundled by Vite and referenced by URL.
 */
async function loadWorkerElk(): Promise<ELK> {
  const [{ default: ElkApi }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]);
  return new ElkApi({ workerUrl });
}

/** A runner over ELK instances made by `loadElk` (a fake in tests). */
export function createLayoutRunner(loadElk: () => Promise<ELK> = loadWorkerElk): LayoutRunner {
  let elk: Promise<ELK> | null = null;
  let current: { reject(reason: unknown): void } | null = null;

  const endWorker = () => {
    // ELK cannot stop a layout midway; ending its worker can. The next run starts a fresh one.
    void elk?.then((e) => e.terminateWorker()).catch(() => undefined);
    elk = null;
  };

  const runner: LayoutRunner = {
    run(graph) {
      runner.cancel();
      return new Promise<ElkNode>((resolve, reject) => {
        const mine = { reject };
        current = mine;
        const loading = (elk ??= loadElk());
        loading.catch(() => {
          if (elk === loading) elk = null; // let the next request try loading again
        });
        loading
          .then((e) => e.layout(graph))
          .then(
            (result) => current === mine && ((current = null), resolve(result)),
            (error: unknown) => current === mine && ((current = null), reject(error)),
          );
      });
    },
    cancel() {
      const running = current;
      if (!running) return;
      current = null;
      endWorker();
      running.reject(new LayoutCancelled());
    },
    dispose() {
      runner.cancel();
      endWorker();
    },
  };
  return runner;
}
