// When each edit reached every other client, from the reports of the client threads (collab-clients.worker.ts).
// Every time is absolute (performance.timeOrigin + performance.now()): each thread's performance.now() counts from
// its own start, so only absolute times compare across threads.

/** Milliseconds since the epoch, with performance.now()'s precision, comparable across threads. */
export const now = (): number => performance.timeOrigin + performance.now();

/** A client made an edit at `at`; its state clock after it is `clock`. */
export interface EditMade {
  sender: number;
  clock: number;
  at: number;
}

/** A client (`receiver`) held `sender`'s edits up to `clock` at `at`, read into its mission. */
export interface Receipt {
  receiver: number;
  sender: number;
  clock: number;
  at: number;
}

interface Pending {
  clock: number;
  at: number;
  got: Set<number>;
  last: number;
}

/** Tracks, per edit, the time the last of the other clients had it. */
export class Delivery {
  readonly latencies: number[] = [];
  /** When the last edit was everywhere. */
  lastDone = 0;
  private pending = new Map<number, Pending[]>();
  // Per sender and receiver, every receipt in order: an edit's report may arrive (through another thread's port)
  // after the receipts that cover it, and then its time is the first receipt at or past its clock.
  private receipts = new Map<string, Array<{ clock: number; at: number }>>();

  constructor(
    private clients: readonly number[],
    private onDone: (sender: number) => void = () => undefined,
  ) {}

  edit(made: EditMade): void {
    const edit: Pending = { clock: made.clock, at: made.at, got: new Set(), last: made.at };
    for (const receiver of this.clients) {
      if (receiver === made.sender) continue;
      const first = this.receipts.get(`${made.sender}>${receiver}`)?.find((r) => r.clock >= made.clock);
      if (first) this.mark(edit, receiver, first.at);
    }
    const list = this.pending.get(made.sender) ?? [];
    list.push(edit);
    this.pending.set(made.sender, list);
    this.settle(made.sender, list);
  }

  receipt(receipt: Receipt): void {
    const key = `${receipt.sender}>${receipt.receiver}`;
    const history = this.receipts.get(key) ?? [];
    history.push({ clock: receipt.clock, at: receipt.at });
    this.receipts.set(key, history);
    const list = this.pending.get(receipt.sender);
    if (!list) return;
    for (const edit of list) {
      if (edit.clock > receipt.clock) break;
      this.mark(edit, receipt.receiver, receipt.at);
    }
    this.settle(receipt.sender, list);
  }

  private mark(edit: Pending, receiver: number, at: number): void {
    if (edit.got.has(receiver)) return;
    edit.got.add(receiver);
    edit.last = Math.max(edit.last, at);
  }

  // A sender's edits reach everyone in clock order (each client applies a sender's updates in order).
  private settle(sender: number, list: Pending[]): void {
    while (list.length > 0 && (list[0] as Pending).got.size === this.clients.length - 1) {
      const edit = list.shift() as Pending;
      this.latencies.push(edit.last - edit.at);
      this.lastDone = Math.max(this.lastDone, edit.last);
      this.onDone(sender);
    }
  }

  outstanding(): number {
    let n = 0;
    for (const list of this.pending.values()) n += list.length;
    return n;
  }

  /** The latency at quantile `q` (0.5: median), in ms. */
  quantile(q: number): number {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  }
}
