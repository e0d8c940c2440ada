import type { Diagnostic } from '@mission-studio/core/validate';
import { createNewestWinsClient, type WorkerLike } from '../pipeline/newest-wins-client';
import type { PlayCheck, PlayCheckAnswer, PlayCheckInput } from './play-check.types';
import { runPlayCheck } from './run-play-check';

/** What the client reports: the new status, and the findings once a run is done. */
export type PlayCheckListener = (check: PlayCheck, diagnostics?: Diagnostic[]) => void;

/** The worker as the client sees it, so tests can pass a fake. */
export type PlayCheckWorkerLike = WorkerLike<PlayCheckInput, PlayCheckAnswer>;

/** Play-checks in the background; only the newest request is reported on. */
export interface PlayCheckClient {
  request(input: PlayCheckInput): void;
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
  const client = createNewestWinsClient<PlayCheckInput, PlayCheckAnswer>({
    ...(makeWorker ? { makeWorker } : {}),
    inline: ({ mission, text }) => ({ kind: 'done', ...runPlayCheck(mission, text) }),
    isFinal: (answer) => answer.kind !== 'progress',
    stopStale: true,
  });
  const handlers = {
    answer(answer: PlayCheckAnswer): void {
      if (answer.kind === 'progress') listener({ status: 'running', states: answer.states, phase: answer.phase });
      else if (answer.kind === 'done') listener({ status: 'done', summary: answer.summary }, answer.diagnostics);
      else listener({ status: 'failed', message: answer.message });
    },
    failed(message: string): void {
      listener({ status: 'failed', message: makeWorker ? `the play check stopped: ${message}` : message });
    },
  };
  return {
    request(input) {
      listener({ status: 'running', states: 0, phase: 'explore' });
      client.send(input, handlers);
    },
    cancel: () => client.cancel(),
    dispose: () => client.dispose(),
  };
}

/** Makes the real play-check worker (Vite bundles it as its own file; the CSP allows same-origin workers). */
export function makePlayCheckWorker(): PlayCheckWorkerLike {
  return new Worker(new URL('./play-check.worker.ts', import.meta.url), { type: 'module' }) as unknown as PlayCheckWorkerLike;
}
