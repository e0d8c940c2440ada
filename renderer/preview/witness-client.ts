/** Asks the witness worker for a way into a node; only the newest request's answer is delivered. */
import type { WitnessSearch } from '../../core/engine';
import { findWitness } from './find-witness';
import type { WitnessRequest, WitnessResponse } from './witness.types';

/** The subset of Worker this needs, so tests can pass none. */
export interface WitnessWorkerLike {
  postMessage(message: WitnessRequest): void;
  onmessage: ((event: MessageEvent<WitnessResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A client over the witness worker. */
export interface WitnessClient {
  find(request: Omit<WitnessRequest, 'version'>): Promise<WitnessSearch | null>;
  dispose(): void;
}

interface Waiting {
  resolve(search: WitnessSearch | null): void;
  reject(error: Error): void;
}

/**
 * Each `find` resolves with its answer, or null once a newer request replaced it, and rejects when the search
 * fails or its worker dies (which then is replaced at the next request). Without a Worker (unit tests in Node)
 * it searches inline after a microtask.
 */
export function createWitnessClient(makeWorker?: () => WitnessWorkerLike): WitnessClient {
  let version = 0;
  const waiting = new Map<number, Waiting>();
  let worker: WitnessWorkerLike | null = null;
  const start = (make: () => WitnessWorkerLike): WitnessWorkerLike => {
    const w = make();
    w.onmessage = (event) => {
      const data = event.data;
      const wait = waiting.get(data.version);
      waiting.delete(data.version);
      if ('failed' in data) wait?.reject(new Error(`the search failed: ${data.failed}`));
      else wait?.resolve(data.version === version ? data.search : null);
    };
    w.onerror = (event) => {
      w.terminate();
      if (worker === w) worker = null;
      for (const wait of waiting.values()) wait.reject(new Error(`the search stopped: ${event.message || 'its worker failed'}`));
      waiting.clear();
    };
    return w;
  };
  return {
    find(request) {
      const mine = ++version;
      for (const [v, wait] of waiting) if (v !== mine) wait.resolve(null);
      return new Promise((resolve, reject) => {
        if (makeWorker) {
          worker ??= start(makeWorker);
          waiting.set(mine, { resolve, reject });
          worker.postMessage({ ...request, version: mine });
          return;
        }
        queueMicrotask(() => {
          try {
            resolve(mine === version ? findWitness(request) : null);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
    },
    dispose() {
      worker?.terminate();
      for (const wait of waiting.values()) wait.resolve(null);
      waiting.clear();
    },
  };
}

/** Makes the real witness worker (bundled by Vite as its own file). */
export function makeWitnessWorker(): WitnessWorkerLike {
  return new Worker(new URL('./witness.worker.ts', import.meta.url), { type: 'module' }) as unknown as WitnessWorkerLike;
}
