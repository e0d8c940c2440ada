/** The prefix of the Web Lock each tab holds for as long as it is open. */
const LOCK_PREFIX = 'mission-studio-tab:';

/** The Web Locks API as far as this uses it (navigator.locks). */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: Array<{ name?: string }> }>;
}

/** This tab's session, and which other tabs of the app are open right now. */
export interface TabSessions {
  readonly id: string;
  /** The session ids of the other open tabs (empty where the browser cannot tell). */
  others(): Promise<Set<string>>;
}

/**
 * Holds a Web Lock named after this tab's session for as long as the tab lives (the browser releases it when the
 * tab closes or crashes), so another tab can tell a backup of live work in progress from one a closed tab left
 * behind, and never offers the first. Without Web Locks every backup counts as left behind (it is still only
 * offered, never restored unasked).
 */
export function createTabSessions(locks: LockManagerLike | undefined, id: string = crypto.randomUUID()): TabSessions {
  if (locks) void locks.request(`${LOCK_PREFIX}${id}`, () => new Promise<never>(() => undefined)).catch(() => undefined);
  return {
    id,
    async others() {
      if (!locks) return new Set();
      const snapshot = await locks.query().catch(() => ({ held: [] }));
      const ids = (snapshot.held ?? [])
        .map((lock) => lock.name ?? '')
        .filter((name) => name.startsWith(LOCK_PREFIX))
        .map((name) => name.slice(LOCK_PREFIX.length));
      return new Set(ids.filter((other) => other !== id));
    },
  };
}

/** The session a backup id belongs to: ids are `<session>.<document>`. */
export function sessionOfBackup(backupId: string): string {
  const dot = backupId.lastIndexOf('.');
  return dot === -1 ? backupId : backupId.slice(0, dot);
}
