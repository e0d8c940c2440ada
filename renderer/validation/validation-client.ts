import { loadMission } from '../../core/format/load';
import { serializeMission } from '../../core/format/serialize';
import type { Diagnostic } from '../../core/validate/diagnostic.types';
import type { ValidationRequest, ValidationResponse } from './validation.types';

/** Validates in the background; only the answer to the newest request is delivered. */
export interface ValidationClient {
  request(input: Omit<ValidationRequest, 'version'>): void;
  dispose(): void;
}

/** The subset of Worker this needs, so tests can pass a fake or none. */
export interface WorkerLike {
  postMessage(message: ValidationRequest): void;
  onmessage: ((event: MessageEvent<ValidationResponse>) => void) | null;
  terminate(): void;
}

/**
 * A client over a Worker. Where no Worker can be made (unit tests in Node), it validates inline after a
 * microtask, with the same newest-wins rule.
 */
export function createValidationClient(onResult: (diagnostics: Diagnostic[]) => void, makeWorker?: () => WorkerLike): ValidationClient {
  let version = 0;
  const worker = makeWorker?.();
  if (worker) {
    worker.onmessage = (event) => {
      if (event.data.version === version) onResult(event.data.diagnostics);
    };
  }
  return {
    request(input) {
      const mine = ++version;
      if (worker) return worker.postMessage({ ...input, version: mine });
      queueMicrotask(() => {
        if (mine !== version) return;
        const text = input.text ?? (input.mission ? serializeMission(input.mission) : '');
        onResult(loadMission(text).diagnostics);
      });
    },
    dispose() {
      worker?.terminate();
    },
  };
}

/** Makes the real validation worker (Vite bundles it as its own file; the CSP allows same-origin workers). */
export function makeValidationWorker(): WorkerLike {
  return new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
