import { describe, expect, it } from 'vitest';
import { locateChromium } from './find-chromium.cjs';
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
