/**
 * A window in a room: its Yjs document, the shared mission that turns my edits into the document's and the room's
 * changes into mine, the connection to the server, and my presence. The heavy half of collaboration (Yjs,
 * Hocuspocus), loaded only when someone joins a room: most sessions never do, and the app starts without it.
 */
import * as Y from 'yjs';
import { colourFor, freeColourFor } from '@mission-studio/core/collab';
import type { EditorStore, SharedEditing } from '../state/editor-store';
import type { UiStore } from '../state/ui-store';
import type { CollabSettings, CollabStore } from './collab-store';
import { connectionState, type ConnectionFacts } from './connection-status';
import { connectRoom, type ConnectRoom } from './room-connection';
import { createSharedMission } from './shared-mission';

/** What joining needs: the window's stores, how to tell the user, the room, and the network (tests pass theirs). */
export interface JoinRoom {
  store: EditorStore;
  ui: UiStore;
  state: CollabStore;
  notify(message: string): void;
  settings: CollabSettings;
  connect?: ConnectRoom;
}

/** Joins the room with the open mission; returns how to leave it (collaboration.ts leaves when another opens). */
export function joinRoom({ store, ui, state, notify, settings, connect = connectRoom }: JoinRoom): () => void {
  const doc = new Y.Doc();
  const facts: ConnectionFacts = { socket: 'connecting', everSynced: false, readOnly: false, refused: false };
  let steps: Pick<SharedEditing, 'done' | 'undone'> = { done: [], undone: [] };
  const refresh = () => {
    state.getState().update({ connection: connectionState(facts) });
    store.getState().setShared({ readOnly: facts.readOnly || facts.refused, ...steps });
  };
  const shared = createSharedMission(doc, {
    changed: (next, label) => store.getState().receiveShared(next, label),
    history: (next) => {
      steps = next;
      refresh();
    },
    failed: notify,
  });
  store.getState().share({ edit: shared.edit, undo: shared.undo, redo: shared.redo });

  const connection = connect({ url: settings.url, room: settings.room.trim(), token: settings.token.trim() }, doc, {
    status(socket) {
      facts.socket = socket;
      refresh();
    },
    synced() {
      facts.everSynced = true;
      const mine = store.getState().doc?.mission;
      if (mine) shared.joined(mine, !facts.readOnly);
      refresh();
    },
    authenticated(readOnly) {
      facts.readOnly = readOnly;
      refresh();
    },
    refused(reason) {
      facts.refused = true;
      state.getState().update({ reason });
      refresh();
    },
    peers(peers) {
      state.getState().update({ peers });
      // Two people in one colour cannot be told apart on the canvas: whoever joined later takes a free one.
      const taken = new Set(peers.filter((p) => p.clientId < doc.clientID).map((p) => p.colour));
      if (!taken.has(colour)) return;
      colour = freeColourFor(doc.clientID, taken);
      state.getState().update({ colour });
      tellPresence();
    },
  });

  let colour = colourFor(doc.clientID);
  const name = settings.name.trim() || 'Guest';
  const tellPresence = () => connection.setPresence({ name, colour, selected: ui.getState().selection.nodeIds[0] ?? null });
  tellPresence();
  const unsubscribeUi = ui.subscribe((next, previous) => {
    if (next.selection !== previous.selection) tellPresence();
  });

  state.getState().update({ settings, connection: connectionState(facts), reason: null, peers: [], colour });
  return () => {
    unsubscribeUi();
    connection.close();
    shared.dispose();
    doc.destroy();
    store.getState().share(null);
    state.getState().update({ connection: null, peers: [], colour: null });
  };
}
