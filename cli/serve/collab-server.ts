import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { loadSecret, roleOf, ROOM_NAME } from './room-tokens';
import { openRoomStore } from './sqlite-rooms';

/** How `mission-studio serve` runs. */
export interface CollabServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where the rooms (`rooms.sqlite`) and the token secret (`secret.key`) live. */
  dataDir: string;
  /** `host:port` of a Redis server shared by several servers behind one load balancer. */
  redis?: { host: string; port: number };
  /** Called once per connection refused or accepted, for the log. */
  log?: (line: string) => void;
}

/** A running server. */
export interface CollabServer {
  port: number;
  /** Closes every connection, stores every room, then stops listening. */
  stop(): Promise<void>;
}

/** Why a connection was refused, as the client is told. */
class Refused extends Error {}

/**
 * Starts the co-editing server: Hocuspocus (the Yjs server of the Tiptap team: rooms, auth and persistence
 * hooks, and a Redis extension for running several servers; y-websocket's server has none of the three built
 * in), with every room in SQLite and every connection authenticated by a room token (room-tokens.ts). A
 * read-only token gets Hocuspocus's read-only connection: the server itself drops its updates.
 */
export async function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const secret = await loadSecret(options.dataDir);
  const rooms = await openRoomStore(options.dataDir);
  const log = options.log ?? (() => undefined);
  const extensions: Extension[] = [
    new Database({
      fetch: async ({ documentName }) => rooms.fetch(documentName),
      store: async ({ documentName, state }) => rooms.store(documentName, state),
    }),
  ];
  if (options.redis) extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));
  const server = new Server({
    port: options.port,
    quiet: true,
    // Signals are handled by the command, which stores the rooms before it exits.
    stopOnSignals: false,
    // A room is stored half a second after its last change, and at the latest every 3 s while people type; a
    // crash loses at most that, and only when no client is left to send it again on reconnect.
    debounce: 500,
    maxDebounce: 3000,
    extensions,
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const role = ROOM_NAME.test(documentName) ? roleOf(secret, documentName, token) : null;
      if (role === null) {
        log(`refused a connection to room "${documentName.slice(0, 100)}": not a token for this room`);
        throw new Refused('not a token for this room');
      }
      connectionConfig.readOnly = role === 'read';
      log(`${role === 'read' ? 'a reader' : 'an editor'} joined room "${documentName}"`);
      return { role };
    },
  });
  await server.listen();
  return {
    port: server.address.port,
    async stop() {
      await server.destroy();
      rooms.close();
    },
  };
}
