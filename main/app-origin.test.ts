import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isTrustedAppUrl } from './app-origin';

describe('isTrustedAppUrl', () => {
  it('trusts the app scheme under its own host, and nothing else by default', () => {
    expect(isTrustedAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedAppUrl('app://mission-studio/assets/index.js')).toBe(true);
    expect(isTrustedAppUrl('app://other-host/index.html')).toBe(false);
    expect(isTrustedAppUrl('file:///work/out/renderer/index.html')).toBe(false);
    expect(isTrustedAppUrl('https://mission-studio/index.html')).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedAppUrl('not a url')).toBe(false);
  });

  it('trusts the dev server only at its exact origin', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedAppUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isTrustedAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
    expect(isTrustedAppUrl('https://localhost:5173/', dev)).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isTrustedAppUrl('file:///index.html', 'file:///')).toBe(false);
  });
});
