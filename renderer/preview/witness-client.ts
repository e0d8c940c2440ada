/** Asks the witness worker for a way into a node; only the newest request's answer is delivered. */
import type { WitnessSearch } from '../../core/engine';
import { findWitness } from './find-witness';
import type { WitnessRequest, WitnessResponse } from './witness.types';

/** The subset of Worker this needs, so tests can pass none. */
export interface WitnessWorkerLike {
  postMessage(message: WitnessRequest): void;
  onmessage: ((event: MessageEvent<WitnessResponse>) => void) | null;
  terminate(): void;
}

/** A client over the witness worker. */
export interface WitnessClient {
  find(request: Omit<WitnessRequest, 'version'>): Promise<WitnessSearch | null>;
  dispose(): void;
}

/**
 * Each `find` resolves with its answer, or null once a newer request replaced it. Without a Worker (unit tests
 * in Node) it searches inline after a microtask.
 */
export function createWitnessClient(makeWorker?: () => WitnessWorkerLike): WitnessClient {
  let version = 0;
  const waiting = new Map<number, (search: WitnessSearch | null) => void>();
  const worker = makeWorker?.();
  if (worker) {
    worker.onmessage = (event) => {
      waiting.get(event.data.version)?.(event.data.version === version ? event.data.search : null);
      waiting.delete(event.data.version);
    };
  }
  return {
    find(request) {
      const mine = ++version;
      for (const [v, resolve] of waiting) if (v !== mine) resolve(null);
      return new Promise((resolve) => {
        if (worker) {
          waiting.set(mine, resolve);
          worker.postMessage({ ...request, version: mine });
          return;
        }
        queueMicrotask(() => resolve(mine === version ? findWitness(request) : null));
      });
    },
    dispose() {
      worker?.terminate();
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    },
  };
}

/** Makes the real witness worker (bundled by Vite as its own file). */
export function makeWitnessWorker(): WitnessWorkerLike {
  return new Worker(new URL('./witness.worker.ts', import.meta.url), { type: 'module' }) as unknown as WitnessWorkerLike;
}
