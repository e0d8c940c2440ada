import { describe, expect, it } from 'vitest';
import type { MissionStudioBridge } from '../../preload/ipc-contract';
import { pickHost } from './pick-host';

describe('pickHost', () => {
  it('picks the browser host when there is no preload bridge', () => {
    expect(pickHost({}).kind).toBe('browser');
    expect(pickHost({ missionStudio: undefined }).kind).toBe('browser');
  });

  it('picks the Electron host when the bridge is present', () => {
    const bridge: MissionStudioBridge = {
      readLaunchFile: async () => null,
      openFile: async () => null,
      saveFile: async () => null,
      onFileOpened: () => () => undefined,
    };
    expect(pickHost({ missionStudio: bridge }).kind).toBe('electron');
  });
});
