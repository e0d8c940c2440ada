/** How a room's connection reads in the status bar and the Collaborate dialog. */

/** Where the connection stands, as the app tracks it. */
export type ConnectionState = 'connecting' | 'connected' | 'read-only' | 'offline' | 'refused';

/** What the app has heard from the connection so far. */
export interface ConnectionFacts {
  socket: 'connecting' | 'connected' | 'disconnected';
  /** The document has held the room's state at least once. */
  everSynced: boolean;
  /** The server let me in read-only. */
  readOnly: boolean;
  /** The server refused the token. */
  refused: boolean;
}

/** The state: before the first sync, "connecting"; after it, a lost socket is "offline" (edits are kept). */
export function connectionState(facts: ConnectionFacts): ConnectionState {
  if (facts.refused) return 'refused';
  if (facts.socket === 'connected' && facts.everSynced) return facts.readOnly ? 'read-only' : 'connected';
  return facts.everSynced ? 'offline' : 'connecting';
}

/** The words shown for a state (the status bar's text and its accessible name's value). */
export const CONNECTION_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  'read-only': 'Read-only',
  offline: 'Offline — edits kept',
  refused: 'Refused by the server',
};
