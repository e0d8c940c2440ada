import { describe, expect, it, vi } from 'vitest';
import { serializeMission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import { settle, testServices } from '../test-support/test-services';
import { createCollaboration } from './collaboration';
import { recallSettings, rememberSettings, type SettingsStorage } from './remembered-settings';
import { createMemoryRoom } from './testing/memory-room';

/** A localStorage of one profile, in memory. */
function memoryStorage(): SettingsStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const SETTINGS = { url: 'ws://ds9.example:1234', room: 'second-wave', token: 'secret-token-value', name: 'Kira' };

describe('remembered collaboration settings', () => {
  it('gives back the server URL, room and name, and never stores the token', () => {
    const storage = memoryStorage();
    rememberSettings(storage, SETTINGS);
    expect(recallSettings(storage)).toEqual({ url: SETTINGS.url, room: SETTINGS.room, name: SETTINGS.name });
    expect([...storage.items.values()].join()).not.toContain(SETTINGS.token);
  });

  it('recalls nothing from a first launch, no storage, or a stored value the dialog did not write', () => {
    expect(recallSettings(memoryStorage())).toEqual({});
    expect(recallSettings(null)).toEqual({});
    const storage = memoryStorage();
    storage.setItem('mission-studio.collaborate', '{not json');
    expect(recallSettings(storage)).toEqual({});
    storage.setItem('mission-studio.collaborate', '"a string"');
    expect(recallSettings(storage)).toEqual({});
    storage.setItem('mission-studio.collaborate', JSON.stringify({ url: 42, room: 'r'.repeat(201), name: 'Odo', token: 'planted' }));
    expect(recallSettings(storage)).toEqual({ name: 'Odo' });
  });

  it('goes on without remembering when the storage refuses', () => {
    const refusing: SettingsStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberSettings(refusing, SETTINGS)).not.toThrow();
    expect(recallSettings(refusing)).toEqual({});
  });

  it('fills the Collaborate dialog of the next launch with what the last one connected with, but the token', async () => {
    const storage = memoryStorage();
    const room = createMemoryRoom();
    const first = testServices(undefined, room.connect);
    first.store.getState().openText({ name: 'small.mission.json' }, serializeMission(smallMission()));
    await settle();
    const collab = createCollaboration({ store: first.store, ui: first.ui, notify: vi.fn(), connect: room.connect, storage });
    expect(collab.connect(SETTINGS)).toBeNull();
    collab.disconnect();

    const next = testServices(undefined, room.connect);
    const nextLaunch = createCollaboration({ store: next.store, ui: next.ui, notify: vi.fn(), connect: room.connect, storage });
    expect(nextLaunch.state.getState().settings).toEqual({ ...SETTINGS, token: '' });
  });

  it('does not remember settings that could not connect (no room named)', async () => {
    const storage = memoryStorage();
    const window = testServices(undefined, createMemoryRoom().connect);
    window.store.getState().openText({ name: 'small.mission.json' }, serializeMission(smallMission()));
    const collab = createCollaboration({ store: window.store, ui: window.ui, notify: vi.fn(), storage });
    expect(collab.connect({ ...SETTINGS, room: ' ' })).toMatch(/Name the room/);
    expect(recallSettings(storage)).toEqual({});
  });
});
