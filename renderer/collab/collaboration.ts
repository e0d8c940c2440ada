/**
 * Live co-editing for one window: File > Collaborate… connects the open mission to a room of `mission-studio
 * serve`. This half is light and loads with the app: the settings, the connection's state for the status bar and
 * dialog, and connect / disconnect. The room itself (Yjs, Hocuspocus: my edits, Undo and Redo sent there, the
 * room's changes back through the store's one pipeline, my presence) is room-session.ts, loaded on first use.
 */
import type { EditorStore } from '../state/editor-store';
import type { UiStore } from '../state/ui-store';
import { createCollabStore, type CollabSettings, type CollabStore } from './collab-store';
import type { ConnectRoom } from './room-connection';
import { roomUrlProblem } from './room-url';
import { pageStorage, recallSettings, rememberSettings, type SettingsStorage } from './remembered-settings';

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
export function createCollaboration({ store, ui, notify, connect, storage = pageStorage() }: CollaborationDeps): Collaboration {
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

      // Yjs and Hocuspocus load with the first room joined (room-session.ts), not with the app. Until they are
      // here the room reads "Connecting…"; leaving before then cancels the join.
      state.getState().update({ settings, connection: 'connecting', reason: null, peers: [], colour: null });
      let leave: (() => void) | null = null;
      let left = false;
      // Another mission opened in this window is not the one the user chose to share: leave the room, or never
      // join it when the room's code is still loading, rather than send it there or have the room's replace it.
      const unsubscribe = store.subscribe((next, previous) => {
        if (next.openedRevision === previous.openedRevision) return;
        const verb = leave ? 'Left' : 'Did not join';
        disconnect();
        notify(`${verb} the room “${settings.room}”: another mission was opened.`);
      });
      stop = () => {
        left = true;
        unsubscribe();
        if (leave) leave();
        else state.getState().update({ connection: null, peers: [], colour: null });
      };
      void import('./room-session').then(
        ({ joinRoom }) => {
          if (!left) leave = joinRoom({ store, ui, state, notify, settings, ...(connect ? { connect } : {}) });
        },
        (error: unknown) => {
          if (left) return;
          disconnect();
          notify(`Could not start collaborating: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
      return null;
    },
  };
}
