// The document worker: every edit of the page becomes (text, diagnostics) here, once, and clean revisions are
// play-checked from here, in a worker of its own (an edit terminates a stale search; a synchronous search cannot
// be interrupted any other way). Requests that queue up while it works are handled together (document-service.ts).
import { createPlayCheckClient, makePlayCheckWorker } from '../play-check/play-check-client';
import { createDocumentService } from './document-service';
import type { WorkerRequest, WorkerResponse } from './pipeline.types';

/** Answers made while handling a batch, posted together: the page takes them in one task and draws once. */
let answers: WorkerResponse[] | null = null;

const service = createDocumentService(
  (response) => (answers ? answers.push(response) : self.postMessage([response])),
  (listener) => createPlayCheckClient(listener, makePlayCheckWorker),
);

let queue: WorkerRequest[] = [];
// A message to ourselves lands after the requests already waiting: the whole queue is then one batch.
const drain = new MessageChannel();
drain.port1.onmessage = () => {
  const batch = queue;
  queue = [];
  answers = [];
  try {
    service.handle(batch);
  } finally {
    const done = answers;
    answers = null;
    if (done.length > 0) self.postMessage(done);
  }
};

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  queue.push(event.data);
  if (queue.length === 1) drain.port2.postMessage(null);
};
