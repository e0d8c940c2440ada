// Issue 13's figures: one `mission-studio serve` (a child process) with 20 clients on loopback, each typing into
// Second Wave through core/collab's edit mapping, as the app does: the p95 time from an edit to every other client
// having it at a steady pace, and the edits per second delivered to all when everyone types as fast as they can.
// Baseline: the same clients and edits on bare Yjs documents in this process, each update handed straight to the
// other 19 (no server, no network).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { applyEditToDoc } from '@mission-studio/core/collab';
import { readMission, writeMission } from '@mission-studio/core/collab';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { issueToken, loadSecret } from '../cli/serve/room-tokens';
import { converged, joinRoom, startServer, until, type CollabClient } from '../cli/serve/testing/collab-client';
import { figure, heading, ms } from './harness';

const CLIENTS = 20;
const TARGET_P95_MS = 50;
/** The steady pace: each client types this often (20 clients: 100 edits/s in all). */
const PACE_MS = 200;
const PHASE_MS = 5_000;

interface Pending {
  at: number;
  clock: number;
  got: Set<Y.Doc>;
}

/** Tracks, per edit, when every other document has it (by the sender's clock in each receiver's state). */
class Delivery {
  latencies: number[] = [];
  delivered = 0;
  private pending = new Map<number, Pending[]>();
  constructor(private docs: Y.Doc[]) {
    for (const doc of docs) doc.on('afterTransaction', () => this.check(doc));
  }
  /** Makes an edit on `doc` and starts its clock; receivers that got it already (bare Yjs: at once) count. */
  edit(doc: Y.Doc, make: () => void): void {
    const at = performance.now();
    make();
    const list = this.pending.get(doc.clientID) ?? [];
    list.push({ at, clock: Y.getState(doc.store, doc.clientID), got: new Set() });
    this.pending.set(doc.clientID, list);
    for (const other of this.docs) if (other !== doc) this.check(other);
  }
  private check(receiver: Y.Doc): void {
    for (const [sender, list] of this.pending) {
      if (sender === receiver.clientID || list.length === 0) continue;
      const clock = Y.getState(receiver.store, sender);
      for (const edit of list) {
        if (edit.clock > clock) break;
        if (edit.got.has(receiver)) continue;
        edit.got.add(receiver);
        if (edit.got.size === this.docs.length - 1) {
          this.latencies.push(performance.now() - edit.at);
          this.delivered++;
        }
      }
      while (list.length > 0 && (list[0] as Pending).got.size === this.docs.length - 1) list.shift();
    }
  }
  outstanding(): number {
    let n = 0;
    for (const list of this.pending.values()) n += list.length;
    return n;
  }
  p95(): number {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? NaN;
  }
}

// Client i types one character at the end of line 0 of the i-th node that has lines.
function typist(mission: Mission): (doc: Y.Doc, i: number) => void {
  const withLines = mission.nodes.filter((n) => 'lines' in n.data).map((n) => n.id);
  return (doc, i) => {
    const id = withLines[i % withLines.length] as string;
    const node = readMission(doc)?.nodes.find((n) => n.id === id);
    const line = (node?.data as { lines?: string[] } | undefined)?.lines?.[0] ?? '';
    applyEditToDoc(doc, { kind: 'replace-text', changes: [{ nodeId: id, path: '/data/lines/0', text: `${line}${i % 10}` }] });
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function paced(docs: Y.Doc[], type: (doc: Y.Doc, i: number) => void): Promise<Delivery> {
  const delivery = new Delivery(docs);
  const timers = docs.map((doc, i) =>
    setInterval(() => {
      delivery.edit(doc, () => type(doc, i));
    }, PACE_MS),
  );
  await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
  timers.forEach(clearInterval);
  await until('every paced edit to arrive everywhere', () => delivery.outstanding() === 0, 60_000);
  return delivery;
}

// Everyone types as fast as the event loop lets them; a client with 20 edits not yet everywhere waits.
async function flat(docs: Y.Doc[], type: (doc: Y.Doc, i: number) => void): Promise<number> {
  const delivery = new Delivery(docs);
  const started = performance.now();
  while (performance.now() - started < PHASE_MS) {
    docs.forEach((doc, i) => {
      if (delivery.outstanding() < CLIENTS * 20) {
        delivery.edit(doc, () => type(doc, i));
      }
    });
    await tick();
  }
  await until('every edit to arrive everywhere', () => delivery.outstanding() === 0, 60_000);
  return delivery.delivered / ((performance.now() - started) / 1000);
}

function bareDocs(mission: Mission): Y.Doc[] {
  const seed = new Y.Doc();
  writeMission(seed, mission);
  const docs = Array.from({ length: CLIENTS }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
    return doc;
  });
  for (const doc of docs) {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'peer') return;
      for (const other of docs) if (other !== doc) Y.applyUpdate(other, update, 'peer');
    });
  }
  return docs;
}

/** Runs the co-editing benchmark and prints its figures. */
export async function benchCollab(): Promise<void> {
  heading(`Co-editing (issue 13): ${CLIENTS} clients typing into Second Wave`);
  const mission = loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;
  const type = typist(mission);

  const bare = await paced(bareDocs(mission), type);
  figure(`baseline, bare Yjs (no server): edit -> all others, p95 at ${(CLIENTS * 1000) / PACE_MS}/s`, ms(bare.p95()));
  figure('baseline, bare Yjs (no server): edits/s delivered to all', Math.round(await flat(bareDocs(mission), type)).toLocaleString('en-US'));

  const data = mkdtempSync(join(tmpdir(), 'mission-studio-bench-'));
  const token = issueToken(await loadSecret(data), 'bench', 'edit');
  const server = await startServer(data);
  const clients: CollabClient[] = [];
  try {
    for (let i = 0; i < CLIENTS; i++) clients.push(await joinRoom(server.url, 'bench', token, mission));
    await converged(clients, 60_000);
    const docs = clients.map((c) => c.doc);
    const served = await paced(docs, type);
    figure(`one server: edit -> all other clients, p95 at ${(CLIENTS * 1000) / PACE_MS}/s`, ms(served.p95()), {
      text: `${TARGET_P95_MS} ms`,
      met: served.p95() <= TARGET_P95_MS,
    });
    figure('one server: edits/s delivered to all 20 clients', Math.round(await flat(docs, type)).toLocaleString('en-US'));
  } finally {
    for (const c of clients) c.close();
    await server.stop();
  }
}
