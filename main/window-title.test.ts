import { describe, expect, it } from 'vitest';
import { windowTitle } from './window-title';

describe('windowTitle', () => {
  it('shows the file name, with a dot while there are unsaved changes', () => {
    expect(windowTitle({ name: 'second-wave.mission.json', dirty: false })).toBe('second-wave.mission.json - Mission Studio');
    expect(windowTitle({ name: 'second-wave.mission.json', dirty: true, path: '/m/second-wave.mission.json' })).toBe(
      '● second-wave.mission.json - Mission Studio',
    );
  });

  it('shows the app name alone before a document is known', () => {
    expect(windowTitle(null)).toBe('Mission Studio');
  });
});
