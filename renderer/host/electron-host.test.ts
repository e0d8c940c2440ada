import { describe, expect, it, vi } from 'vitest';
import type { MissionStudioBridge, OpenedFile, SaveRequest } from '../../preload/ipc-contract';
import { DEFAULT_MISSION } from './default-mission';
import { createElectronHost } from './electron-host';

const launched: OpenedFile = { path: '/home/pat/ds9.mission.json', name: 'ds9.mission.json', text: '{}' };

function fakeBridge(overrides: Partial<MissionStudioBridge> = {}) {
  const saves: SaveRequest[] = [];
  const listeners = new Set<(file: OpenedFile) => void>();
  const bridge: MissionStudioBridge = {
    readLaunchFile: async () => launched,
    openFile: async () => null,
    saveFile: async (request) => {
      saves.push(request);
      return { path: request.path ?? '/chosen/x.mission.json', name: 'x.mission.json' };
    },
    onFileOpened: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    ...overrides,
  };
  return { bridge, saves, listeners };
}

describe('createElectronHost', () => {
  it('reads the launch file through the bridge, keeping its path', async () => {
    const host = createElectronHost(fakeBridge().bridge);
    expect(host.kind).toBe('electron');
    expect(await host.readLaunchFile()).toEqual({ name: 'ds9.mission.json', text: '{}', path: '/home/pat/ds9.mission.json' });
    expect(await host.readDefaultMission()).toBe(DEFAULT_MISSION);
  });

  it('passes a cancelled open dialog through as null', async () => {
    expect(await createElectronHost(fakeBridge().bridge).openFile()).toBeNull();
  });

  it('saves back to the path of an opened file, and asks for a place for a new one', async () => {
    const fake = fakeBridge();
    const host = createElectronHost(fake.bridge);
    await host.saveFile({ name: 'ds9.mission.json', text: 'a', path: '/home/pat/ds9.mission.json' });
    await host.saveFile({ name: 'new.mission.json', text: 'b' });
    expect(fake.saves).toEqual([
      { text: 'a', path: '/home/pat/ds9.mission.json' },
      { text: 'b', suggestedName: 'new.mission.json' },
    ]);
  });

  it('forwards files opened from outside until unsubscribed', () => {
    const fake = fakeBridge();
    const listener = vi.fn();
    const unsubscribe = createElectronHost(fake.bridge).onFileOpened(listener);
    for (const forward of fake.listeners) forward(launched);
    unsubscribe();
    expect(fake.listeners.size).toBe(0);
    expect(listener).toHaveBeenCalledExactlyOnceWith({ name: launched.name, text: launched.text, path: launched.path });
  });
});
