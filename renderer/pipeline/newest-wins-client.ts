/**
 * The one "newest answer wins" client over a Worker, for searches the page asks for again and again (the play
 * check after each edit, "play from here"): each request carries a version, and only the newest request's
 * messages reach its handlers. A small typed helper rather than Comlink: Comlink's calls are promises that
 * cannot be dropped or stopped, and a stale search must be (terminating its worker is the only way to free a
 * thread that a search holds).
 */

/** A message that names the request it belongs to. */
export type Versioned<T> = T & { version: number };

/** The subset of Worker this needs, so tests can pass a fake. */
export interface WorkerLike<Request, Response> {
  postMessage(message: Versioned<Request>): void;
  onmessage: ((event: MessageEvent<Versioned<Response>>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Where one request's outcome goes; none is called once a newer request replaced it. */
export interface AnswerHandlers<Response> {
  /** Each message of the request (progress, then the final one). */
  answer(response: Response): void;
  /** The worker died (out of memory, a bug) or the inline run threw. */
  failed(message: string): void;
  /** A newer request, `cancel` or `dispose` replaced this one. */
  dropped?(): void;
}

export interface NewestWinsOptions<Request, Response> {
  /** Makes the worker (created on the first request, again after one was stopped); none: run `inline`. */
  makeWorker?: () => WorkerLike<Request, Response>;
  /** The same work on this thread, after a microtask, where there is no Worker (unit tests in Node). */
  inline: (request: Request) => Response;
  /** Whether a message ends its request (default: every message does). */
  isFinal?: (response: Response) => boolean;
  /** Terminate the worker when a newer request comes while one runs (a long search), instead of letting it finish. */
  stopStale?: boolean;
}

export interface NewestWinsClient<Request, Response> {
  send(request: Request, handlers: AnswerHandlers<Response>): void;
  /** Drops the request in progress, if any (and stops its worker with `stopStale`). */
  cancel(): void;
  dispose(): void;
}

/** Creates the client; see NewestWinsOptions. */
export function createNewestWinsClient<Request extends object, Response extends object>(
  options: NewestWinsOptions<Request, Response>,
): NewestWinsClient<Request, Response> {
  const isFinal = options.isFinal ?? (() => true);
  let version = 0;
  let current: AnswerHandlers<Response> | null = null;
  let worker: WorkerLike<Request, Response> | null = null;
  /** The version the worker is working on, until its final message. */
  let running: number | null = null;

  const stop = (): void => {
    worker?.terminate();
    worker = null;
    running = null;
  };
  const replace = (next: AnswerHandlers<Response> | null): void => {
    const previous = current;
    current = next;
    previous?.dropped?.();
  };
  const deliver = (mine: number, response: Response): void => {
    if (mine !== version || !current) return;
    const handlers = current;
    if (isFinal(response)) current = null;
    handlers.answer(response);
  };
  const startWorker = (make: () => WorkerLike<Request, Response>): WorkerLike<Request, Response> => {
    const made = make();
    made.onmessage = ({ data }) => {
      const { version: of, ...response } = data;
      if (of === running && isFinal(response as unknown as Response)) running = null;
      deliver(of, response as unknown as Response);
    };
    // A worker that dies says so: whoever waits on it must not wait for ever.
    made.onerror = (event) => {
      if (running === null) return;
      stop();
      const handlers = current;
      current = null;
      handlers?.failed(event.message || 'its worker failed');
    };
    return made;
  };

  return {
    send(request, handlers) {
      const mine = ++version;
      replace(handlers);
      if (!options.makeWorker) {
        queueMicrotask(() => {
          if (mine !== version) return;
          let response: Response;
          try {
            response = options.inline(request);
          } catch (error) {
            const failed = current;
            current = null;
            failed?.failed(error instanceof Error ? error.message : String(error));
            return;
          }
          deliver(mine, response);
        });
        return;
      }
      if (running !== null && options.stopStale) stop();
      worker ??= startWorker(options.makeWorker);
      running = mine;
      worker.postMessage({ ...request, version: mine });
    },
    cancel() {
      version++;
      replace(null);
      if (running !== null && options.stopStale) stop();
    },
    dispose() {
      version++;
      replace(null);
      stop();
    },
  };
}
