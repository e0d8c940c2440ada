/**
 * Cancelling a long computation (an exploration, a balance run, a whole check). A synchronous loop cannot hear
 * a message, so it reads a flag between batches instead: an `AbortSignal` fits, and so does any object whose
 * `aborted` getter reads shared memory or a clock.
 */

/** A flag the computation reads between batches; once true, it stops. */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** Thrown by a computation whose signal was aborted: it was asked to stop, so it has no result to give. */
export class CancelledError extends Error {
  constructor(what = 'the computation') {
    super(`${what} was cancelled`);
    this.name = 'CancelledError';
  }
}

/** Throws `CancelledError` when `signal` is aborted. */
export function throwIfCancelled(signal: CancelSignal | undefined, what?: string): void {
  if (signal?.aborted) throw new CancelledError(what);
}
