import { describe, expect, it } from 'vitest';
import { devServerUrl } from './dev-server';

const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };

describe('devServerUrl', () => {
  it('loads the dev server in a development build', () => {
    expect(devServerUrl(env, true, false)).toBe('http://localhost:5173');
  });

  it('ignores ELECTRON_RENDERER_URL in a production build, packaged or not', () => {
    expect(devServerUrl(env, false, false)).toBeUndefined();
    expect(devServerUrl(env, false, true)).toBeUndefined();
    expect(devServerUrl(env, true, true)).toBeUndefined();
  });

  it('refuses anything but a local http(s) server, even in development', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/page.html', 'javascript:alert(1)', 'not a url']) {
      expect(devServerUrl({ ELECTRON_RENDERER_URL: url }, true, false)).toBeUndefined();
    }
    expect(devServerUrl({}, true, false)).toBeUndefined();
  });
});
