// A co-editing client for the server's tests and bench: a Yjs document on a HocuspocusProvider, edited through
// core/collab's one mapping from edits to Yjs operations, as the app edits it. And the server run for real in a
// child process (`mission-studio serve`), so a test can kill it and start it again.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { applyEditToDoc } from '@mission-studio/core/collab';
import { isEmptyMissionDoc, readMission, writeMission } from '@mission-studio/core/collab';
import type { Edit } from '@mission-studio/core/edit';
import type { Mission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';

// Under vitest this module has a __dirname; bundled into the bench it has not, and the bench runs at the root.
const BIN =
  typeof __dirname === 'string'
    ? join(__dirname, '..', '..', 'bin', 'mission-studio.js')
    : join(process.cwd(), 'cli', 'bin', 'mission-studio.js');

/** Waits until `condition` holds, checking on every turn of the event loop; fails with `what` after `ms`. */
export async function until(what: string, condition: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A server process: its URL, and how to stop it gently (SIGTERM) or kill it (SIGKILL). */
export interface ServerProcess {
  url: string;
  port: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Runs `mission-studio serve --data DIR` on `port` (0: a free one) and waits until it listens. */
export async function startServer(dataDir: string, port = 0, extra: string[] = []): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--data', dataDir, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let listening: RegExpExecArray | null = null;
  await until(
    'the server to listen',
    () => (listening = /listening on ws:\/\/localhost:(\d+)/.exec(out)) !== null || child.exitCode !== null,
    30_000,
  );
  if (!listening) throw new Error(`the server did not start:\n${out}`);
  const actual = Number((listening as RegExpExecArray)[1]);
  return {
    url: `ws://127.0.0.1:${actual}`,
    port: actual,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

const SYNC_STATUS = 8;

/** The provider's view of an incoming message: the fields read in order. */
interface IncomingMessage {
  readVarString(): string;
  readVarUint(): number;
}

/** One person in a room. */
export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Applies an edit as the app does; false when the room holds no mission yet. */
  edit(edit: Edit): boolean;
  mission(): Mission | null;
  /** The mission's file text, the thing that must be identical everywhere. */
  text(): string;
  /** Whether every local change reached the server and the server answered. */
  settled(): boolean;
  authenticationFailed: string | null;
  /** How many of this client's updates the server answered "not applied" (a read-only connection's). */
  refusedUpdates: number;
  goOffline(): void;
  goOnline(): void;
  close(): void;
}

/** Joins `room` with `token`; with `initial`, writes it when the room turns out to be empty. */
export async function joinRoom(url: string, room: string, token: string, initial?: Mission): Promise<CollabClient> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50, maxDelay: 500 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, token, document: doc });
  provider.attach();
  const client: CollabClient = {
    doc,
    provider,
    authenticationFailed: null,
    refusedUpdates: 0,
    edit: (edit) => applyEditToDoc(doc, edit, client) !== null,
    mission: () => readMission(doc),
    text: () => {
      const mission = readMission(doc);
      return mission ? serializeMission(mission) : '';
    },
    settled: () => provider.isSynced && provider.unsyncedChanges === 0,
    goOffline: () => socket.disconnect(),
    goOnline: () => void socket.connect(),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
  // The server answers each update with a sync status: 1 applied, 0 refused (message type 8 of its protocol).
  provider.on('message', ({ message }: { message: IncomingMessage }) => {
    message.readVarString();
    // The status is a varint, one byte 0 or 1, which reads the same as an unsigned one.
    if (message.readVarUint() === SYNC_STATUS && message.readVarUint() === 0) client.refusedUpdates++;
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => (client.authenticationFailed = reason));
  await until('the first sync or a refusal', () => provider.isSynced || client.authenticationFailed !== null);
  if (initial && provider.isSynced && isEmptyMissionDoc(doc)) writeMission(doc, initial, client);
  return client;
}

/** Waits until every client holds the same mission and has nothing left to send. */
export async function converged(clients: readonly CollabClient[], ms?: number): Promise<string> {
  const first = clients[0] as CollabClient;
  await until('every client to hold the same mission', () => clients.every((c) => c.settled() && c.text() === first.text()), ms);
  return first.text();
}
