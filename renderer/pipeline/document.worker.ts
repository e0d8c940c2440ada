// The document worker: every edit of the page becomes (text, diagnostics) here, once, and clean revisions are
// play-checked from here, in a worker of its own (an edit terminates a stale search; a synchronous search cannot
// be interrupted any other way). Requests that queue up while it works are handled together (document-service.ts).
import { createPlayCheckClient, makePlayCheckWorker } from '../play-check/play-check-client';
import { createDocumentService } from './document-service';
import type { PipelineRequest, PipelineResponse } from './pipeline.types';

const service = createDocumentService(
  (response: PipelineResponse) => self.postMessage(response),
  (listener) => createPlayCheckClient(listener, makePlayCheckWorker),
);

let queue: PipelineRequest[] = [];
// A message to ourselves lands after the requests already waiting: the whole queue is then one batch.
const drain = new MessageChannel();
drain.port1.onmessage = () => {
  const batch = queue;
  queue = [];
  service.handle(batch);
};

self.onmessage = (event: MessageEvent<PipelineRequest>) => {
  queue.push(event.data);
  if (queue.length === 1) drain.port2.postMessage(null);
};
