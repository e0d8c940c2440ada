import { describe, expect, it } from 'vitest';
import { pickHost } from './pick-host';
import { createFakeBridge } from './testing/fake-bridge';

describe('pickHost', () => {
  it('picks the browser host when there is no preload bridge', () => {
    expect(pickHost({}).kind).toBe('browser');
    expect(pickHost({ missionStudio: undefined }).kind).toBe('browser');
  });

  it('picks the Electron host when the bridge is present', () => {
    expect(pickHost({ missionStudio: createFakeBridge().bridge }).kind).toBe('electron');
  });
});
