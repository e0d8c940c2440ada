import { describe, expect, it } from 'vitest';
import { findOrInstallChromium, locateChromium } from './find-chromium.cjs';
import { findElectron } from './find-electron.cjs';

const existing = process.execPath;

describe('findElectron', () => {
  it('uses ELECTRON_EXEC_PATH when it names an existing file', () => {
    expect(findElectron({ ELECTRON_EXEC_PATH: existing })).toEqual({ path: existing });
  });

  it('says why when ELECTRON_EXEC_PATH names nothing', () => {
    expect(findElectron({ ELECTRON_EXEC_PATH: '/no/such/electron' })).toEqual({
      missing: 'ELECTRON_EXEC_PATH=/no/such/electron does not exist',
    });
  });

  it('answers with a path or a reason, never both, from the installed package', () => {
    const found = findElectron({});
    expect(Boolean(found.path) !== Boolean(found.missing)).toBe(true);
  });
});

describe('locateChromium', () => {
  it('prefers PLAYWRIGHT_CHROMIUM_PATH when it exists', () => {
    expect(locateChromium({ PLAYWRIGHT_CHROMIUM_PATH: existing })).toBe(existing);
  });

  it('skips a PLAYWRIGHT_CHROMIUM_PATH that does not exist', () => {
    const found = locateChromium({ PLAYWRIGHT_CHROMIUM_PATH: '/no/such/chromium' });
    expect(found).not.toBe('/no/such/chromium');
  });
});

describe('findOrInstallChromium', () => {
  /** A machine with the given files, recording the commands run; `installs` is what apt-get would add. */
  function machine(files: string[], installs: string[] = []) {
    const present = new Set(files);
    const commands: string[] = [];
    return {
      commands,
      exists: (path: string) => present.has(path),
      run: (command: string, args: string[]) => {
        commands.push([command, ...args].join(' '));
        if (command === 'apt-get' && args[0] === 'install') for (const file of installs) present.add(file);
      },
      log: () => undefined,
    };
  }

  it('uses an existing Chromium without installing anything', () => {
    const m = machine(['/usr/bin/chromium']);
    expect(findOrInstallChromium({ env: {}, ...m, isRoot: true })).toBe('/usr/bin/chromium');
    expect(m.commands).toEqual([]);
  });

  it("installs Debian's chromium with apt-get when root on Debian", () => {
    const m = machine(['/etc/debian_version'], ['/usr/bin/chromium']);
    expect(findOrInstallChromium({ env: {}, ...m, isRoot: true })).toBe('/usr/bin/chromium');
    expect(m.commands).toEqual(['apt-get update', 'apt-get install -y chromium']);
  });

  it("falls back to Playwright's own browser when not root", () => {
    const m = machine(['/etc/debian_version']);
    expect(findOrInstallChromium({ env: {}, ...m, isRoot: false })).toBeUndefined();
    expect(m.commands).toEqual(['npx playwright install chromium']);
  });

  it('fails loudly when apt-get leaves no executable behind', () => {
    const m = machine(['/etc/debian_version']);
    expect(() => findOrInstallChromium({ env: {}, ...m, isRoot: true })).toThrow('no executable appeared');
  });
});
