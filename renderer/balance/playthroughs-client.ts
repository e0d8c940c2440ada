import { createNewestWinsClient, type NewestWinsClient, type WorkerLike } from '../pipeline/newest-wins-client';
import type { PlaythroughsAnswer, PlaythroughsInput } from './playthroughs.types';
import { runPlaythroughs } from './run-playthroughs';

/** The worker as the client sees it. */
type PlaythroughsWorkerLike = WorkerLike<PlaythroughsInput, PlaythroughsAnswer>;

/**
 * Asks for random playthroughs; only the newest request is answered, and a request made stale by an edit stops
 * its worker. Without a Worker (unit tests in Node) it runs inline.
 */
export function createPlaythroughsClient(
  makeWorker?: () => PlaythroughsWorkerLike,
): NewestWinsClient<PlaythroughsInput, PlaythroughsAnswer> {
  return createNewestWinsClient<PlaythroughsInput, PlaythroughsAnswer>({
    ...(makeWorker ? { makeWorker } : {}),
    inline: runPlaythroughs,
    stopStale: true,
  });
}

/** Makes the real worker (Vite bundles it as its own file). */
export function makePlaythroughsWorker(): PlaythroughsWorkerLike {
  return new Worker(new URL('./playthroughs.worker.ts', import.meta.url), { type: 'module' }) as unknown as PlaythroughsWorkerLike;
}
