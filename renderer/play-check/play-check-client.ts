import type { Diagnostic } from '../../core/validate/diagnostic.types';
import type { PlayCheck, PlayCheckRequest, PlayCheckResponse } from './play-check.types';
import { runPlayCheck } from './run-play-check';

/** What the client reports: the new status, and the findings once a run is done. */
export type PlayCheckListener = (check: PlayCheck, diagnostics?: Diagnostic[]) => void;

/** The subset of Worker this needs, so tests can pass a fake or none. */
export interface PlayCheckWorkerLike {
  postMessage(message: PlayCheckRequest): void;
  onmessage: ((event: MessageEvent<PlayCheckResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Play-checks in the background; only the newest request is reported on. */
export interface PlayCheckClient {
  request(input: Omit<PlayCheckRequest, 'version'>): void;
  /** Drops the run in progress, if any (the mission now has errors, or another file opened). */
  cancel(): void;
  dispose(): void;
}

/**
 * A client over a Worker. A request while a run is in progress terminates that worker and starts a fresh one:
 * a stale search would otherwise hold the thread for seconds. Without a Worker (unit tests in Node), it runs
 * inline after a microtask, with the same newest-wins rule.
 */
export function createPlayCheckClient(listener: PlayCheckListener, makeWorker?: () => PlayCheckWorkerLike): PlayCheckClient {
  let version = 0;
  let worker: PlayCheckWorkerLike | null = null;
  let busy = false;
  const onmessage = (event: MessageEvent<PlayCheckResponse>): void => {
    const message = event.data;
    if (message.version !== version) return;
    if (message.kind === 'progress') listener({ status: 'running', states: message.states, phase: message.phase });
    else {
      busy = false;
      if (message.kind === 'done') listener({ status: 'done', summary: message.summary }, message.diagnostics);
      else listener({ status: 'failed', message: message.message });
    }
  };
  const stop = (): void => {
    worker?.terminate();
    worker = null;
    busy = false;
  };
  return {
    request(input) {
      const mine = ++version;
      listener({ status: 'running', states: 0, phase: 'explore' });
      if (!makeWorker) {
        queueMicrotask(() => {
          if (mine !== version) return;
          try {
            const { diagnostics, summary } = runPlayCheck(input.mission, input.text);
            listener({ status: 'done', summary }, diagnostics);
          } catch (error) {
            listener({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
          }
        });
        return;
      }
      if (busy) stop();
      if (!worker) {
        worker = makeWorker();
        worker.onmessage = onmessage;
        // A search that dies (out of memory, a bug) says so; the status bar must not wait for ever.
        worker.onerror = (event) => {
          if (!busy) return;
          stop();
          listener({ status: 'failed', message: `the play check stopped: ${event.message || 'its worker failed'}` });
        };
      }
      busy = true;
      worker.postMessage({ ...input, version: mine });
    },
    cancel() {
      version++;
      if (busy) stop();
    },
    dispose() {
      version++;
      stop();
    },
  };
}

/** Makes the real play-check worker (Vite bundles it as its own file; the CSP allows same-origin workers). */
export function makePlayCheckWorker(): PlayCheckWorkerLike {
  return new Worker(new URL('./play-check.worker.ts', import.meta.url), { type: 'module' }) as unknown as PlayCheckWorkerLike;
}
