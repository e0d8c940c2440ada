import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFileArgument } from './launch-args';

const cwd = resolve('/home/pat/missions');

describe('findFileArgument', () => {
  it('finds the file after the executable in a packaged app', () => {
    expect(findFileArgument(['/opt/Mission Studio/mission-studio', 'ds9.mission.json'], false, cwd)).toBe(resolve(cwd, 'ds9.mission.json'));
  });

  it('skips the app path when Electron runs an app folder (electron . file)', () => {
    expect(findFileArgument(['/usr/bin/electron', '.', 'ds9.mission.json'], true, cwd)).toBe(resolve(cwd, 'ds9.mission.json'));
    expect(findFileArgument(['/usr/bin/electron', '.'], true, cwd)).toBeNull();
  });

  it('ignores Chromium and Node switches wherever they stand', () => {
    const argv = ['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', '/app', '--no-sandbox', '/abs/x.json'];
    expect(findFileArgument(argv, true, cwd)).toBe(resolve('/abs/x.json'));
    expect(findFileArgument(['/opt/ms', '--no-sandbox'], false, cwd)).toBeNull();
  });

  it('returns null when no file is named', () => {
    expect(findFileArgument(['/opt/ms'], false, cwd)).toBeNull();
    expect(findFileArgument([], false, cwd)).toBeNull();
  });
});
