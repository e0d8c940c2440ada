/**
 * Live co-editing for one window: File > Collaborate… connects the open mission to a room of `mission-studio
 * serve`. While connected, the editor store sends its edits, Undo and Redo to the room (`SharedLink`), the room's
 * changes come back through the store's one pipeline (so someone else's broken edit shows in Problems like mine),
 * my selection is my presence, and the connection's state is the collab store's for the status bar and dialog.
 */
import * as Y from 'yjs';
import { colourFor, freeColourFor } from '@mission-studio/core/collab';
import type { EditorStore, SharedEditing } from '../state/editor-store';
import type { UiStore } from '../state/ui-store';
import { createCollabStore, type CollabSettings, type CollabStore } from './collab-store';
import { connectionState, type ConnectionFacts } from './connection-status';
import { connectRoom, roomUrlProblem, type ConnectRoom } from './room-connection';
import { pageStorage, recallSettings, rememberSettings, type SettingsStorage } from './remembered-settings';
import { createSharedMission } from './shared-mission';

/** The window's collaboration: its state for views, and connect / disconnect. */
export interface Collaboration {
  state: CollabStore;
  /** Joins the room with the open mission; null, or the reason it cannot (no mission, a bad URL). */
  connect(settings: CollabSettings): string | null;
  disconnect(): void;
}

/** What collaboration needs of the window. */
export interface CollaborationDeps {
  store: EditorStore;
  ui: UiStore;
  notify(message: string): void;
  /** The network; tests pass one that syncs documents in memory. */
  connect?: ConnectRoom;
  /** Where the dialog's settings (never the token) are remembered between launches; the page's localStorage by default. */
  storage?: SettingsStorage | null;
}

/** Creates the window's collaboration, not connected. */
export function createCollaboration({
  store,
  ui,
  notify,
  connect = connectRoom,
  storage = pageStorage(),
}: CollaborationDeps): Collaboration {
  const state = createCollabStore(recallSettings(storage));
  let stop: (() => void) | null = null;

  const disconnect = () => {
    stop?.();
    stop = null;
  };

  return {
    state,
    disconnect,
    connect(settings) {
      const mission = store.getState().doc?.mission;
      if (!mission) return 'Open a mission that loads before collaborating on it.';
      const badUrl = roomUrlProblem(settings.url);
      if (badUrl) return badUrl;
      if (settings.room.trim() === '') return 'Name the room (the server’s token is for one room).';
      disconnect();
      rememberSettings(storage, settings);

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
      // Another mission opened in this window is not the room's: leave the room rather than send it there.
      const unsubscribeStore = store.subscribe((next, previous) => {
        if (next.openedRevision === previous.openedRevision) return;
        disconnect();
        notify(`Left the room “${settings.room}”: another mission was opened.`);
      });

      state.getState().update({ settings, connection: connectionState(facts), reason: null, peers: [], colour });
      stop = () => {
        unsubscribeUi();
        unsubscribeStore();
        connection.close();
        shared.dispose();
        doc.destroy();
        store.getState().share(null);
        state.getState().update({ connection: null, peers: [], colour: null });
      };
      return null;
    },
  };
}
