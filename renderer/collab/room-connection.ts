/**
 * The network half of a room: a HocuspocusProvider keeping a Yjs document in step with `mission-studio serve`,
 * reconnecting on its own (edits made meanwhile stay in the document and are sent when it is back), with my
 * presence in Yjs awareness and everyone else's read back (checked: it comes from other people's clients).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { PRESENCE_FIELD, readPeers, type Peer, type Presence } from '@mission-studio/core/collab';

/** Where to connect and as whom. */
export interface RoomAddress {
  /** `ws://host:port` or `wss://…`. */
  url: string;
  room: string;
  token: string;
}

/** The socket's state as the provider reports it. */
export type SocketStatus = 'connecting' | 'connected' | 'disconnected';

/** What the connection tells the app. */
export interface RoomEvents {
  status(status: SocketStatus): void;
  /** The document holds the room's state (first time: the app seeds an empty room or takes the room's). */
  synced(): void;
  /** The server let me in; `readOnly`: with a read-only token. */
  authenticated(readOnly: boolean): void;
  /** The server refused the token. */
  refused(reason: string): void;
  peers(peers: Peer[]): void;
}

/** An open connection. */
export interface RoomConnection {
  setPresence(presence: Presence): void;
  close(): void;
}

/** Opens a connection that keeps trying until closed; a connector is what tests replace. */
export type ConnectRoom = (address: RoomAddress, doc: Y.Doc, events: RoomEvents) => RoomConnection;

/** The real connector: Hocuspocus over the page's WebSocket. */
export const connectRoom: ConnectRoom = (address, doc, events) => {
  // Retry quickly at first, then every few seconds: a laptop that sleeps or changes networks comes back soon.
  const socket = new HocuspocusProviderWebsocket({ url: address.url, delay: 200, minDelay: 200, maxDelay: 5000 });
  let synced = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: address.room,
    token: address.token,
    document: doc,
    onStatus: ({ status }) => events.status(status as SocketStatus),
    onSynced: ({ state }) => {
      if (!state) return;
      if (!synced) events.synced();
      synced = true;
    },
    onAuthenticated: ({ scope }) => events.authenticated(scope === 'readonly'),
    onAuthenticationFailed: ({ reason }) => events.refused(reason),
    onAwarenessChange: () => {
      const awareness = provider.awareness;
      if (awareness) events.peers(readPeers(awareness.getStates(), awareness.clientID));
    },
  });
  provider.attach();
  return {
    setPresence: (presence) => provider.setAwarenessField(PRESENCE_FIELD, presence),
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
};
