/** The window's live room, as views read it: whether one is open, how its connection stands, who else is there. */
import { createStore } from 'zustand/vanilla';
import type { Peer } from '@mission-studio/core/collab';
import type { ConnectionState } from './connection-status';

/**
 * What the Collaborate dialog asks for (kept for the window's life so reconnecting needs no retyping; all but the
 * token also between launches, remembered-settings.ts).
 */
export interface CollabSettings {
  url: string;
  room: string;
  token: string;
  /** The name the others see. */
  name: string;
}

export interface CollabState {
  settings: CollabSettings;
  /** Null when not collaborating. */
  connection: ConnectionState | null;
  /** Why the server refused, when it did. */
  reason: string | null;
  /** Everyone else in the room. */
  peers: Peer[];
  /** My own colour in the room (the others see it), while connected. */
  colour: string | null;
}

export interface CollabActions {
  update(patch: Partial<CollabState>): void;
}

export type CollabStore = ReturnType<typeof createCollabStore>;

/** Creates the window's collaboration state, not connected; `remembered` fills the dialog's fields it names. */
export function createCollabStore(remembered: Partial<Omit<CollabSettings, 'token'>> = {}) {
  return createStore<CollabState & CollabActions>()((set) => ({
    settings: { url: 'ws://localhost:1234', room: '', token: '', name: '', ...remembered },
    connection: null,
    reason: null,
    peers: [],
    colour: null,
    update: (patch) => set(patch),
  }));
}
