/** Asks the witness worker for a way into a node; only the newest request's answer is delivered. */
import type { WitnessSearch } from '@mission-studio/core/engine';
import { createNewestWinsClient, type WorkerLike } from '../pipeline/newest-wins-client';
import { findWitness } from './find-witness';
import type { WitnessAnswer, WitnessInput } from './witness.types';

/** The worker as the client sees it, so tests can pass a fake. */
export type WitnessWorkerLike = WorkerLike<WitnessInput, WitnessAnswer>;

/** A client over the witness worker. */
export interface WitnessClient {
  find(request: WitnessInput): Promise<WitnessSearch | null>;
  dispose(): void;
}

/**
 * Each `find` resolves with its answer, or null once a newer request replaced it; it rejects when the worker
 * died. Without a Worker (unit tests in Node) it searches inline after a microtask.
 */
export function createWitnessClient(makeWorker?: () => WitnessWorkerLike): WitnessClient {
  const client = createNewestWinsClient<WitnessInput, WitnessAnswer>({
    ...(makeWorker ? { makeWorker } : {}),
    inline: (request) => ({ search: findWitness(request) }),
  });
  return {
    find(request) {
      return new Promise((resolve, reject) => {
        client.send(request, {
          answer: ({ search }) => resolve(search),
          failed: (message) => reject(new Error(`the search for a way in stopped: ${message}`)),
          dropped: () => resolve(null),
        });
      });
    },
    dispose: () => client.dispose(),
  };
}

/** Makes the real witness worker (bundled by Vite as its own file). */
export function makeWitnessWorker(): WitnessWorkerLike {
  return new Worker(new URL('./witness.worker.ts', import.meta.url), { type: 'module' }) as unknown as WitnessWorkerLike;
}
