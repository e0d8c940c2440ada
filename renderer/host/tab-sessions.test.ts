import { describe, expect, it } from 'vitest';
import { createTabSessions, sessionOfBackup, type LockManagerLike } from './tab-sessions';

/** One browser's lock manager shared by its tabs; `close` is a tab going away. */
function fakeLocks() {
  const held = new Map<string, string>();
  const forTab = (tab: string): LockManagerLike => ({
    request: async (name) => void held.set(name, tab),
    query: async () => ({ held: [...held.keys()].map((name) => ({ name })) }),
  });
  const close = (tab: string) => {
    for (const [name, owner] of held) if (owner === tab) held.delete(name);
  };
  return { forTab, close };
}

describe('createTabSessions', () => {
  it('tells each tab which other tabs are open, and forgets a tab once it closes', async () => {
    const locks = fakeLocks();
    const a = createTabSessions(locks.forTab('A'), 'aaaaaaaa-1');
    const b = createTabSessions(locks.forTab('B'), 'bbbbbbbb-2');
    await Promise.resolve();
    expect(await a.others()).toEqual(new Set(['bbbbbbbb-2']));
    expect(await b.others()).toEqual(new Set(['aaaaaaaa-1']));
    locks.close('A');
    expect(await b.others()).toEqual(new Set());
  });

  it('knows of no other tab where the browser has no Web Locks', async () => {
    const tab = createTabSessions(undefined);
    expect(tab.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await tab.others()).toEqual(new Set());
  });
});

describe('sessionOfBackup', () => {
  it('reads the session from a backup id', () => {
    expect(sessionOfBackup('0b5e7a51-2c1d-4c53-9a55-6f0c8a1e4b2d.12')).toBe('0b5e7a51-2c1d-4c53-9a55-6f0c8a1e4b2d');
  });
});
