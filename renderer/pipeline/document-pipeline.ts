/**
 * The page's side of the document pipeline: sends each revision's change to the document worker and hands its
 * answers to `onResponse`, texts crossing as changes both ways (text-ledger.ts). Without a Worker (unit tests in
 * Node) the same service runs inline, answering after a microtask, with the play check run inline too.
 */
import { createPlayCheckClient } from '../play-check/play-check-client';
import { createDocumentService } from './document-service';
import type { PipelineRequest, PipelineResponse, WorkerRequest, WorkerResponse } from './pipeline.types';
import { timed } from './pipeline-timing';
import { createTextLedger } from './text-ledger';

/** What the page asks of the pipeline. */
export interface DocumentPipeline {
  send(request: PipelineRequest): void;
  dispose(): void;
}

/** The subset of Worker this needs, so tests can pass a fake. */
export interface PipelineWorkerLike {
  postMessage(message: WorkerRequest): void;
  /** The worker posts the answers to one batch of requests together. */
  onmessage: ((event: MessageEvent<readonly WorkerResponse[]>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Starts the pipeline over a worker from `makeWorker`, or inline without one. */
export function createDocumentPipeline(
  onResponse: (response: PipelineResponse) => void,
  makeWorker?: () => PipelineWorkerLike,
): DocumentPipeline {
  const ledger = createTextLedger();
  const receive = (response: WorkerResponse): void => {
    const answer = ledger.incoming(response);
    if (answer) onResponse(answer);
  };
  if (makeWorker) {
    const worker = makeWorker();
    let last = 0;
    worker.onmessage = (event) => timed('pipeline:answer', () => event.data.forEach(receive));
    // A worker that dies says so: the page shows it instead of waiting for ever.
    worker.onerror = (event) => onResponse({ kind: 'failed', revision: last, message: event.message || 'the document worker stopped' });
    return {
      send(request) {
        last = request.revision;
        worker.postMessage(ledger.outgoing(request));
      },
      dispose: () => worker.terminate(),
    };
  }
  const service = createDocumentService(receive, (listener) => createPlayCheckClient(listener));
  let queue: WorkerRequest[] = [];
  return {
    send(request) {
      queue.push(ledger.outgoing(request));
      if (queue.length > 1) return;
      queueMicrotask(() => {
        const batch = queue;
        queue = [];
        service.handle(batch);
      });
    },
    dispose: () => service.dispose(),
  };
}

/** Makes the real document worker (bundled by Vite as its own file; the CSP allows same-origin workers). */
export function makeDocumentWorker(): PipelineWorkerLike {
  return new Worker(new URL('./document.worker.ts', import.meta.url), { type: 'module' }) as unknown as PipelineWorkerLike;
}
