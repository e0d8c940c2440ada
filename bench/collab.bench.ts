// Issue 13's figures: one `mission-studio serve` (a child process) with 20 clients on loopback, each typing into
// Second Wave through core/collab's edit mapping, as the app does: the time from an edit to every other client
// having it read into its mission at a steady 100 edits/s (median and p95), and the edits per second delivered
// to all when everyone types as fast as they can. Baseline: the same clients, threads and edits on bare Yjs
// documents handing updates straight to each other (no server, no network).
//
// The clients run in a worker thread (collab-clients.worker.ts), apart from this thread's bookkeeping; with
// BENCH_COLLAB_THREADS=N they are spread over N threads. Times cross threads as absolute times
// (performance.timeOrigin + performance.now(), collab-delivery.ts). Every figure includes the clients' own work
// (applying each update and reading it into their mission), as it would in the app.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import * as Y from 'yjs';
import { writeMission } from '@mission-studio/core/collab';
import { loadMission, type Mission } from '@mission-studio/core/format';
import { issueToken, loadSecret } from '../cli/serve/room-tokens';
import { startServer, until } from '../cli/serve/testing/collab-client';
import { Delivery, now } from './collab-delivery';
import type { FromWorker, ToWorker } from './collab-clients.worker';
import { figure, heading, ms } from './harness';

const CLIENTS = 20;
/**
 * Threads the clients run in. One by default: on this 2-core machine, spreading them over 2 or 4 threads made
 * every figure worse, the bare baseline's too (bench/README.md), because the threads only compete with each
 * other and the server for the same two cores. On a machine with cores to spare, try more.
 */
const THREADS = Number(process.env['BENCH_COLLAB_THREADS'] ?? 1);
const TARGET_P95_MS = 50;
/** The steady pace: each client types this often (20 clients: 100 edits/s in all). */
const PACE_MS = 200;
const PHASE_MS = 5_000;
/** An unrecorded paced phase first, so every thread's code is compiled hot before anything is timed. */
const WARMUP_MS = 3_000;
/** Flat out, a client with this many edits not yet everywhere waits. */
const FLAT_LIMIT = 20;

// The worker is bundled beside run.ts by bundle-and-run.mjs.
const WORKER = join(dirname(process.argv[1] as string), 'collab-clients.worker.mjs');

/** The client threads, and the Delivery the current phase reports into. */
class ClientThreads {
  private workers: Worker[] = [];
  private waiting = new Map<Worker, Array<{ resolve: (message: FromWorker) => void; reject: (error: Error) => void }>>();
  private home = new Map<number, Worker>();
  ids: number[] = [];
  delivery: Delivery | null = null;
  failed: Error | null = null;

  constructor() {
    for (let t = 0; t < THREADS; t++) {
      const worker = new Worker(WORKER);
      worker.on('error', (error) => {
        this.failed = error;
        for (const waiter of this.waiting.get(worker) ?? []) waiter.reject(error);
      });
      worker.on('message', (message: FromWorker) => this.receive(worker, message));
      this.workers.push(worker);
    }
  }

  private receive(worker: Worker, message: FromWorker): void {
    if (message.kind === 'report') {
      const { edits: e, receipts: r } = message;
      for (let i = 0; i + 2 < e.length; i += 3)
        this.delivery?.edit({ sender: e[i] as number, clock: e[i + 1] as number, at: e[i + 2] as number });
      for (let i = 0; i + 3 < r.length; i += 4) {
        this.delivery?.receipt({ receiver: r[i] as number, sender: r[i + 1] as number, clock: r[i + 2] as number, at: r[i + 3] as number });
      }
      return;
    }
    this.waiting.get(worker)?.shift()?.resolve(message);
  }

  /** Sends `message` to thread `t` and waits for its answer. */
  ask(t: number, message: ToWorker, transfer: MessagePort[] = []): Promise<FromWorker> {
    const worker = this.workers[t] as Worker;
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(worker) ?? [];
      list.push({ resolve, reject });
      this.waiting.set(worker, list);
      worker.postMessage(message, transfer);
    });
  }

  tell(message: ToWorker): void {
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** Client indexes `first`.. of thread `t`: the clients dealt out as evenly as they go. */
  slice(t: number): { first: number; count: number } {
    const first = Math.floor((t * CLIENTS) / THREADS);
    return { first, count: Math.floor(((t + 1) * CLIENTS) / THREADS) - first };
  }

  joined(t: number, answer: FromWorker): void {
    if (answer.kind !== 'joined') throw new Error(`thread ${t} did not join: ${answer.kind}`);
    for (const id of answer.ids) this.home.set(id, this.workers[t] as Worker);
    this.ids.push(...answer.ids);
  }

  /** Waits until every client holds the same mission. */
  async converged(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const answers = await Promise.all(this.workers.map((_, t) => this.ask(t, { kind: 'texts' })));
      const texts = answers.flatMap((a) => (a.kind === 'texts' ? a.texts : []));
      if (texts.length === CLIENTS && texts.every((text) => text === texts[0])) return;
      if (Date.now() > deadline) throw new Error('the clients never held the same mission');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Runs one phase (`pace` or `flat`) for `ms` and waits until every edit is everywhere. */
  async phase(message: ToWorker, ms = PHASE_MS): Promise<{ delivery: Delivery; perSecond: number; busy: number }> {
    const delivery = new Delivery(this.ids, (sender) =>
      this.home.get(sender)?.postMessage({ kind: 'delivered', sender } satisfies ToWorker),
    );
    this.delivery = delivery;
    const started = now();
    this.tell(message);
    await new Promise((resolve) => setTimeout(resolve, ms));
    // A thread answers `stop` after its last report: after that answer, every edit made is known here.
    const stopped = await Promise.all(this.workers.map((_, t) => this.ask(t, { kind: 'stop' })));
    const busy = Math.max(...stopped.map((answer) => (answer.kind === 'stopped' ? answer.busy : 1)));
    await until('every edit to arrive everywhere', () => this.failed !== null || delivery.outstanding() === 0, 60_000);
    if (this.failed) throw this.failed;
    return { delivery, perSecond: delivery.latencies.length / ((delivery.lastDone - started) / 1000), busy };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((_, t) => this.ask(t, { kind: 'close' })));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Clients on bare Yjs documents: each thread's documents hand updates to each other and, by MessagePort, to
 * every other thread's. */
async function bareThreads(mission: Mission): Promise<ClientThreads> {
  const seed = new Y.Doc();
  writeMission(seed, mission);
  const update = Y.encodeStateAsUpdate(seed);
  const threads = new ClientThreads();
  const peers: MessagePort[][] = Array.from({ length: THREADS }, () => []);
  for (let a = 0; a < THREADS; a++) {
    for (let b = a + 1; b < THREADS; b++) {
      const { port1, port2 } = new MessageChannel();
      peers[a]?.push(port1);
      peers[b]?.push(port2);
    }
  }
  for (let t = 0; t < THREADS; t++) {
    const ports = peers[t] as MessagePort[];
    threads.joined(t, await threads.ask(t, { kind: 'join-bare', ...threads.slice(t), seed: update, peers: ports }, ports));
  }
  return threads;
}

async function serverThreads(url: string, token: string): Promise<ClientThreads> {
  const threads = new ClientThreads();
  const join = (t: number): Promise<void> =>
    threads.ask(t, { kind: 'join-server', url, room: 'bench', token, ...threads.slice(t) }).then((a) => threads.joined(t, a));
  // Thread 0's first client writes the mission into the empty room; the others join once it is there.
  await join(0);
  await Promise.all(Array.from({ length: THREADS - 1 }, (_, k) => join(k + 1)));
  return threads;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

async function measure(label: string, threads: ClientThreads, target?: number): Promise<void> {
  try {
    await threads.converged();
    const pace: ToWorker = { kind: 'pace', paceMs: PACE_MS, clients: CLIENTS };
    await threads.phase(pace, WARMUP_MS);
    const steady = await threads.phase(pace);
    const paced = steady.delivery;
    const rate = `${(CLIENTS * 1000) / PACE_MS}/s`;
    figure(`${label}: edit -> all others, median at ${rate}`, ms(paced.quantile(0.5)));
    const p95 = paced.quantile(0.95);
    figure(
      `${label}: edit -> all others, p95 at ${rate}`,
      ms(p95),
      target === undefined ? undefined : { text: `${target} ms`, met: p95 <= target },
    );
    const flat = await threads.phase({ kind: 'flat', limit: FLAT_LIMIT });
    figure(`${label}: edits/s delivered to all, flat out`, Math.round(flat.perSecond).toLocaleString('en-US'));
    figure(`${label}: busiest client thread's event loop, steady / flat`, `${percent(steady.busy)} / ${percent(flat.busy)}`);
  } finally {
    await threads.close();
  }
}

/** Runs the co-editing benchmark and prints its figures. */
export async function benchCollab(): Promise<void> {
  if (!Number.isInteger(THREADS) || THREADS < 1 || THREADS > CLIENTS) throw new Error(`BENCH_COLLAB_THREADS must be 1 to ${CLIENTS}`);
  heading(`Co-editing (issue 13): ${CLIENTS} clients in ${THREADS} thread${THREADS === 1 ? '' : 's'} typing into Second Wave`);
  const mission = loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;
  await measure('baseline, bare Yjs (no server)', await bareThreads(mission));

  const data = mkdtempSync(join(tmpdir(), 'mission-studio-bench-'));
  const token = issueToken(await loadSecret(data), 'bench', 'edit');
  const server = await startServer(data);
  try {
    await measure('one server', await serverThreads(server.url, token), TARGET_P95_MS);
  } finally {
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  }
}
