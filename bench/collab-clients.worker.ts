// A worker thread of the co-editing bench (collab.bench.ts): a few clients, each a Yjs document typing into Second
// Wave through core/collab's edit mapping as the app does, on a server (HocuspocusProviders) or, for the baseline,
// handing updates straight to each other (same thread: at once; other threads: through MessagePorts). The clients
// are spread over threads so that they do not wait on each other's event loop: the figure is the server's.
// It reports each edit it makes and, after each remote transaction, the clocks its document then holds, read into
// its mission (readMission, as the app reads a remote edit), each stamped with an absolute time (collab-delivery.ts).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parentPort, type MessagePort } from 'node:worker_threads';
import * as Y from 'yjs';
import { applyEditToDoc, readMission } from '@mission-studio/core/collab';
import { loadMission, serializeMission, type Mission } from '@mission-studio/core/format';
import { joinRoom, until, type CollabClient } from '../cli/serve/testing/collab-client';
import { now } from './collab-delivery';

/** What the bench tells a worker. `first`: the bench-wide index of the worker's first client. */
export type ToWorker =
  | { kind: 'join-server'; url: string; room: string; token: string; first: number; count: number }
  | { kind: 'join-bare'; first: number; count: number; seed: Uint8Array; peers: MessagePort[] }
  | { kind: 'texts' }
  | { kind: 'pace'; paceMs: number; clients: number }
  | { kind: 'flat'; limit: number }
  | { kind: 'stop' }
  | { kind: 'delivered'; sender: number }
  | { kind: 'close' };

/** What a worker tells the bench. */
export type FromWorker =
  | { kind: 'joined'; ids: number[] }
  | { kind: 'texts'; texts: string[] }
  /** Edits as (sender, clock, at) triples and receipts as (receiver, sender, clock, at) quadruples: flat numbers
   * cross threads far cheaper than objects, and this thread's time is the clients'. */
  | { kind: 'report'; edits: Float64Array; receipts: Float64Array }
  | { kind: 'stopped'; busy: number }
  | { kind: 'closed' };

const port = parentPort as MessagePort;
const post = (message: FromWorker): void => port.postMessage(message);
const mission = loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;
const withLines = mission.nodes.filter((n) => 'lines' in n.data).map((n) => n.id);

/** This thread's clients: their documents, bench-wide indexes, and edits of theirs not yet everywhere. */
const docs: Y.Doc[] = [];
const indexes: number[] = [];
const outstanding = new Map<number, number>();
let closeClients: () => void = () => undefined;

// Reports go out once per turn of the event loop; their times were taken when each thing happened.
let edits: number[] = [];
let receipts: number[] = [];
let flushing = false;
function flush(): void {
  if (edits.length > 0 || receipts.length > 0) {
    const report = { kind: 'report' as const, edits: Float64Array.from(edits), receipts: Float64Array.from(receipts) };
    port.postMessage(report, [report.edits.buffer, report.receipts.buffer]);
  }
  edits = [];
  receipts = [];
}
function report(): void {
  if (flushing) return;
  flushing = true;
  setImmediate(() => {
    flushing = false;
    flush();
  });
}

// Client i types one character at the end of line 0 of the i-th node that has lines.
function type(doc: Y.Doc, i: number): void {
  const id = withLines[i % withLines.length] as string;
  const at = now();
  const node = readMission(doc)?.nodes.find((n) => n.id === id);
  const line = (node?.data as { lines?: string[] } | undefined)?.lines?.[0] ?? '';
  applyEditToDoc(doc, { kind: 'replace-text', changes: [{ nodeId: id, path: '/data/lines/0', text: `${line}${i % 10}` }] }, doc);
  edits.push(doc.clientID, Y.getState(doc.store, doc.clientID), at);
  outstanding.set(doc.clientID, (outstanding.get(doc.clientID) ?? 0) + 1);
  report();
}

// After a transaction that brought other clients' edits, the app reads the mission (incrementally); then it has them.
function watch(doc: Y.Doc): void {
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.local) return;
    readMission(doc);
    const at = now();
    for (const [sender, clock] of transaction.afterState) {
      if (sender !== doc.clientID && clock > (transaction.beforeState.get(sender) ?? 0)) receipts.push(doc.clientID, sender, clock, at);
    }
    report();
  });
}

async function joinServer(url: string, room: string, token: string, first: number, count: number): Promise<void> {
  const clients: CollabClient[] = [];
  // The bench's first client writes the mission into the empty room; the others find it there.
  for (let i = 0; i < count; i++) clients.push(await joinRoom(url, room, token, first + i === 0 ? mission : undefined));
  await until('every client here to hold the mission', () => clients.every((c) => c.settled() && c.mission() !== null), 60_000);
  closeClients = () => clients.forEach((c) => c.close());
  for (const [i, client] of clients.entries()) add(client.doc, first + i);
}

function joinBare(first: number, count: number, seed: Uint8Array, peers: MessagePort[]): void {
  const local = Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, seed);
    return doc;
  });
  const receive = (update: Uint8Array): void => {
    for (const doc of local) Y.applyUpdate(doc, update, 'peer');
  };
  for (const peer of peers) peer.on('message', receive);
  for (const doc of local) {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'peer') return;
      for (const other of local) if (other !== doc) Y.applyUpdate(other, update, 'peer');
      for (const peer of peers) peer.postMessage(update);
    });
  }
  closeClients = () => peers.forEach((p) => p.close());
  for (const [i, doc] of local.entries()) add(doc, first + i);
}

function add(doc: Y.Doc, index: number): void {
  readMission(doc);
  watch(doc);
  docs.push(doc);
  indexes.push(index);
}

let stop: () => void = () => undefined;
// The share of the phase this thread's event loop was busy: near 1, the clients (not the server) set the pace.
let loop = performance.eventLoopUtilization();

// Each client types every `paceMs`, client i starting i/clients of a period in: 20 people, not one 20-key chord.
function pace(paceMs: number, clients: number): void {
  const timers: Array<ReturnType<typeof setTimeout>> = [];
  docs.forEach((doc, k) => {
    const i = indexes[k] as number;
    timers.push(setTimeout(() => timers.push(setInterval(() => type(doc, i), paceMs)), (i * paceMs) / clients));
  });
  stop = () => timers.forEach(clearTimeout);
}

// Everyone types as fast as the event loop lets them; a client with `limit` edits not yet everywhere waits.
function flat(limit: number): void {
  let running = true;
  const loop = (): void => {
    if (!running) return;
    docs.forEach((doc, k) => {
      if ((outstanding.get(doc.clientID) ?? 0) < limit) type(doc, indexes[k] as number);
    });
    setImmediate(loop);
  };
  loop();
  stop = () => (running = false);
}

port.on('message', (message: ToWorker) => {
  void (async () => {
    switch (message.kind) {
      case 'join-server':
        await joinServer(message.url, message.room, message.token, message.first, message.count);
        post({ kind: 'joined', ids: docs.map((d) => d.clientID) });
        break;
      case 'join-bare':
        joinBare(message.first, message.count, message.seed, message.peers);
        post({ kind: 'joined', ids: docs.map((d) => d.clientID) });
        break;
      case 'texts':
        post({ kind: 'texts', texts: docs.map((d) => serializeMission(readMission(d) as Mission)) });
        break;
      case 'pace':
        loop = performance.eventLoopUtilization();
        pace(message.paceMs, message.clients);
        break;
      case 'flat':
        loop = performance.eventLoopUtilization();
        flat(message.limit);
        break;
      case 'stop':
        stop();
        flush();
        post({ kind: 'stopped', busy: performance.eventLoopUtilization(loop).utilization });
        break;
      case 'delivered':
        outstanding.set(message.sender, (outstanding.get(message.sender) ?? 1) - 1);
        break;
      case 'close':
        stop();
        closeClients();
        post({ kind: 'closed' });
        break;
    }
  })();
});
