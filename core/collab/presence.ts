import { MAX_ID_LENGTH } from '../edit/names';

/**
 * Presence: who else is in a room and which node each has selected, read from Yjs awareness. Awareness states
 * come from other people's clients, so they are untrusted input: every field is checked and bounded here, and a
 * colour is only ever one of the forms a style may safely hold (`#rrggbb`), never free CSS.
 */

/** What one client tells the others about itself. */
export interface Presence {
  name: string;
  /** `#rrggbb`. */
  colour: string;
  /** The node this person has selected, or null. */
  selected: string | null;
}

/** Another person in the room, as the app shows them. */
export interface Peer extends Presence {
  /** Yjs's client id: stable for one connection, and the key when two people share a name. */
  clientId: number;
}

/** The awareness field a client's presence is kept in. */
export const PRESENCE_FIELD = 'user';
/** The longest name shown; a longer one is cut (with an ellipsis). */
export const MAX_NAME_LENGTH = 40;
/** The most people listed; a room with more shows these (sorted by name), which is plenty for a team. */
export const MAX_PEERS = 50;

/** Distinct colours, readable on the dark canvas and on the light status bar alike. */
const COLOURS = ['#e6194b', '#3cb44b', '#f58231', '#4363d8', '#911eb4', '#42d4f4', '#f032e6', '#9a6324'];

/** A colour for a client when it gave none (or an unsafe one): the same for one client every time. */
export function colourFor(clientId: number): string {
  return COLOURS[Math.abs(Math.trunc(clientId)) % COLOURS.length] as string;
}

/**
 * A colour for a client that nobody in `taken` has: its own when free, else the next free one (the one who joined
 * later yields, so two people never stay in one colour while there are colours left).
 */
export function freeColourFor(clientId: number, taken: ReadonlySet<string>): string {
  const start = Math.abs(Math.trunc(clientId)) % COLOURS.length;
  for (let i = 0; i < COLOURS.length; i++) {
    const colour = COLOURS[(start + i) % COLOURS.length] as string;
    if (!taken.has(colour)) return colour;
  }
  return colourFor(clientId);
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** A name as it may be shown: control characters dropped, spaces folded, at most MAX_NAME_LENGTH characters. */
export function cleanName(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const name = value
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (name === '') return fallback;
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

/** One client's awareness state as a Presence, or null when it holds none (or not an object). */
export function readPresence(state: unknown, clientId: number): Presence | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as Record<string, unknown>)[PRESENCE_FIELD];
  if (typeof user !== 'object' || user === null) return null;
  const { name, colour, selected } = user as Record<string, unknown>;
  return {
    name: cleanName(name, `Guest ${clientId % 1000}`),
    colour: typeof colour === 'string' && HEX_COLOUR.test(colour) ? colour.toLowerCase() : colourFor(clientId),
    selected: typeof selected === 'string' && selected.length > 0 && selected.length <= MAX_ID_LENGTH ? selected : null,
  };
}

/** Everyone in the room but `self`, sorted by name (then client id), at most MAX_PEERS. */
export function readPeers(states: ReadonlyMap<number, unknown>, self: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === self) continue;
    const presence = readPresence(state, clientId);
    if (presence) peers.push({ clientId, ...presence });
  }
  peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
  return peers.slice(0, MAX_PEERS);
}
