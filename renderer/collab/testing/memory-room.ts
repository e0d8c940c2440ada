// A room server in memory for tests: it relays Yjs updates between the documents of the windows that joined,
// as `mission-studio serve` does, and can take a window offline (its updates wait in its document) or let one
// in read-only (its updates are dropped, as the server drops them). Awareness is a plain map of presences.
import * as Y from 'yjs';
import type { Peer, Presence } from '@mission-studio/core/collab';
import type { ConnectRoom, RoomEvents } from '../room-connection';

interface Member {
  doc: Y.Doc;
  events: RoomEvents;
  online: boolean;
  readOnly: boolean;
  presence: Presence | null;
}

/** The server's own origin for updates it applies, so they are not echoed back to their sender. */
const SERVER = { name: 'memory room' };

/** A room and the connector that joins it; `readOnlyTokens` get in read-only, `badTokens` are refused. */
export function createMemoryRoom(options: { readOnlyTokens?: string[]; badTokens?: string[] } = {}) {
  const room = new Y.Doc();
  const members: Member[] = [];
  const tellPeers = () => {
    for (const member of members) {
      const peers: Peer[] = members
        .filter((m) => m !== member && m.online && m.presence)
        .map((m) => ({ clientId: m.doc.clientID, ...(m.presence as Presence) }));
      member.events.peers(peers);
    }
  };
  room.on('update', (update: Uint8Array, origin: unknown) => {
    for (const member of members) if (member.online && member.doc !== origin) Y.applyUpdate(member.doc, update, SERVER);
  });
  const sync = (member: Member) => {
    if (!member.readOnly) Y.applyUpdate(room, Y.encodeStateAsUpdate(member.doc, Y.encodeStateVector(room)), member.doc);
    Y.applyUpdate(member.doc, Y.encodeStateAsUpdate(room, Y.encodeStateVector(member.doc)), SERVER);
  };

  const connect: ConnectRoom = (address, doc, events) => {
    if (options.badTokens?.includes(address.token)) {
      queueMicrotask(() => events.refused('permission-denied'));
      return { setPresence: () => undefined, close: () => undefined };
    }
    const member: Member = {
      doc,
      events,
      online: true,
      readOnly: options.readOnlyTokens?.includes(address.token) ?? false,
      presence: null,
    };
    members.push(member);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== SERVER && member.online && !member.readOnly) Y.applyUpdate(room, update, doc);
    });
    // As the provider does: status, then authentication, then the first sync, each a little later.
    queueMicrotask(() => {
      events.status('connected');
      events.authenticated(member.readOnly);
      sync(member);
      events.synced();
    });
    return {
      setPresence(presence) {
        member.presence = presence;
        tellPeers();
      },
      close() {
        members.splice(members.indexOf(member), 1);
        tellPeers();
      },
    };
  };

  /** The `index`th window to join (0: the first). */
  const memberOf = (index: number) => {
    const member = members[index];
    if (!member) throw new Error(`no window ${index} in the room`);
    return member;
  };
  return {
    connect,
    /** The room's own copy. */
    doc: room,
    goOffline(index: number) {
      const member = memberOf(index);
      member.online = false;
      member.events.status('disconnected');
      tellPeers();
    },
    goOnline(index: number) {
      const member = memberOf(index);
      member.online = true;
      sync(member);
      member.events.status('connected');
      tellPeers();
    },
  };
}
