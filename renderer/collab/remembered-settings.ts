/**
 * The Collaborate dialog's server URL, room and name, remembered between launches in the page's localStorage
 * (the desktop app's too: main/ keeps no preferences of its own), so the next session only needs the token. The
 * token is never stored: it grants the room to whoever holds it.
 */
import type { CollabSettings } from './collab-store';

/** The part of the Web Storage API this needs (tests pass a map). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** What is remembered: everything the dialog asks for but the token. */
type RememberedSettings = Omit<CollabSettings, 'token'>;

const KEY = 'mission-studio.collaborate';

/** Past these lengths a stored value is not one the dialog wrote: it is ignored. */
const LIMITS: Record<keyof RememberedSettings, number> = { url: 2048, room: 200, name: 100 };

/** The page's localStorage, or null where there is none or it is refused (private mode, a sandboxed page). */
export function pageStorage(): SettingsStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The settings remembered last time, each only when it is a string of a sane length; nothing when none are. */
export function recallSettings(storage: SettingsStorage | null): Partial<RememberedSettings> {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(KEY) ?? 'null');
  } catch {
    return {}; // not JSON: someone else's value under our key, or a write cut short
  }
  if (stored === null || typeof stored !== 'object') return {};
  const out: Partial<RememberedSettings> = {};
  for (const key of Object.keys(LIMITS) as Array<keyof RememberedSettings>) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length <= LIMITS[key]) out[key] = value;
  }
  return out;
}

/** Remembers the server URL, room and name of `settings` (never the token) for the next launch. */
export function rememberSettings(storage: SettingsStorage | null, { url, room, name }: CollabSettings): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ url, room, name }));
  } catch {
    // full or refused: the next launch asks again, which is all that is lost
  }
}
