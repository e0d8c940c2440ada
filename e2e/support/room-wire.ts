// What passes between a page and `mission-studio serve`, seen and steered from the test: a TCP link the test can
// cut (a person's network going down while everyone else's stays up), and a page's WebSocket routed through
// Playwright so the test can hold back the document updates it sends or send one on its connection itself.
// Playwright's context.setOffline leaves open WebSockets alone (microsoft/playwright#4910), hence the link.
import { createServer, connect, type Socket } from 'node:net';
import type { BrowserContext, WebSocketRoute } from '@playwright/test';

/** A link to the server's port that the test can cut and restore; the page connects to `url` instead. */
export interface CuttableLink {
  url: string;
  /** Drops every connection through the link and refuses new ones (no goodbye: as a network going down). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Opens a link on a free local port to the server on `port`. */
export async function cuttableLink(port: number): Promise<CuttableLink> {
  let up = true;
  const open = new Set<Socket>();
  const server = createServer((page) => {
    if (!up) return void page.destroy();
    const upstream = connect(port, '127.0.0.1');
    for (const socket of [page, upstream]) {
      open.add(socket);
      socket.on('error', () => undefined); // a cut is the point; the other end's close says the rest
      socket.on('close', () => {
        open.delete(socket);
        page.destroy();
        upstream.destroy();
      });
    }
    page.pipe(upstream);
    upstream.pipe(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the link did not get a port');
  return {
    url: `ws://127.0.0.1:${address.port}`,
    cut() {
      up = false;
      for (const socket of open) socket.destroy();
    },
    restore() {
      up = true;
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// Hocuspocus messages (lib0 encoding): the room's address as a varString (`room` or `room\0session`), the message
// type as a varUint, then its body. Sync messages (0) carry a y-protocols sync type: 2 is a document update.
// The server answers each update with SyncStatus (8): 1 applied, 0 refused.
const SYNC = 0;
const SYNC_UPDATE = 2;
const SYNC_STATUS = 8;

/** Reads a varUint (7 bits a byte, least significant first) at `at`: its value and the offset after it. */
function readVarUint(bytes: Buffer, at: number): [number, number] {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error('a message cut short');
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

function writeVarUint(value: number): Buffer {
  const out: number[] = [];
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
  return Buffer.from(out);
}

/** A message's room address, its type, the offset of its body, and the first varUint of the body. */
function parse(message: Buffer): { address: string; type: number; body: number; first: number | null } {
  const [length, start] = readVarUint(message, 0);
  const address = message.subarray(start, start + length).toString('utf8');
  const [type, body] = readVarUint(message, start + length);
  return { address, type, body, first: body < message.length ? readVarUint(message, body)[0] : null };
}

/** `message` as sent on another connection: the same body under `address`. */
function readdressed(message: Buffer, address: string): Buffer {
  const [length, start] = readVarUint(message, 0);
  const name = Buffer.from(address, 'utf8');
  return Buffer.concat([writeVarUint(name.length), name, message.subarray(start + length)]);
}

/** A page's connection to the room, as the test sees and steers it. */
export interface RoomWire {
  /** While on, the document updates the page sends are kept back from the server (the page thinks them sent). */
  holdUpdates(on: boolean): void;
  /** The updates kept back so far. */
  readonly held: Buffer[];
  /** Sends `message` to the server on this page's connection, under its room address, as if the page had sent it. */
  sendAsPage(message: Buffer): void;
  /** The server's answers to updates on this connection, in order: true applied, false refused. */
  readonly statuses: boolean[];
}

/** Routes the WebSockets of `context`'s pages to the server through the test. Call before the page connects. */
export async function wireRoom(context: BrowserContext): Promise<RoomWire> {
  let hold = false;
  let current: { server: WebSocketRoute; address: string | null } | null = null;
  const held: Buffer[] = [];
  const statuses: boolean[] = [];
  const bytes = (message: string | Buffer) => (typeof message === 'string' ? Buffer.from(message) : message);
  await context.routeWebSocket(
    (url) => url.protocol === 'ws:',
    (page) => {
      const server = page.connectToServer();
      const connection: { server: WebSocketRoute; address: string | null } = { server, address: null };
      current = connection; // the provider reconnects with a new socket: the newest is the page's connection
      page.onMessage((message) => {
        const parsed = parse(bytes(message));
        connection.address ??= parsed.address;
        if (hold && parsed.type === SYNC && parsed.first === SYNC_UPDATE) held.push(bytes(message));
        else server.send(message);
      });
      server.onMessage((message) => {
        const parsed = parse(bytes(message));
        if (parsed.type === SYNC_STATUS && parsed.first !== null) statuses.push(parsed.first === 1);
        page.send(message);
      });
    },
  );
  return {
    holdUpdates: (on) => void (hold = on),
    held,
    statuses,
    sendAsPage(message) {
      if (!current?.address) throw new Error('the page has not spoken to the room yet');
      current.server.send(readdressed(message, current.address));
    },
  };
}
