import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, createStaticServer, listenOnFreePort, parsePort, readOption, resolveRequestPath } from './serve-static.mjs';

describe('resolveRequestPath', () => {
  const root = '/srv/site';

  it('maps paths under the root, with folder paths meaning their index.html', () => {
    expect(resolveRequestPath(root, '/')).toBe('/srv/site/index.html');
    expect(resolveRequestPath(root, '/assets/app.js?v=2#x')).toBe('/srv/site/assets/app.js');
    expect(resolveRequestPath(root, '/docs/')).toBe('/srv/site/docs/index.html');
  });

  it('refuses traversal, backslashes, NUL bytes and malformed escapes', () => {
    for (const path of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/a/..%2f..%2fetc', '/..\\x', '/a%00', '/%E0%A4%A', 'relative']) {
      expect(resolveRequestPath(root, path)).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('names the types a Vite build emits and falls back to opaque bytes', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('w.wasm')).toBe('application/wasm');
    expect(contentTypeFor('blob.bin')).toBe('application/octet-stream');
  });
});

describe('readOption and parsePort', () => {
  it('reads --name value and --name=value, and checks port numbers', () => {
    expect(readOption(['--port', '8080'], 'port')).toBe('8080');
    expect(readOption(['--web', '--port=9000'], 'port')).toBe('9000');
    expect(readOption(['--web'], 'port')).toBeUndefined();
    expect(parsePort(undefined, 5173)).toBe(5173);
    expect(parsePort('8080', 5173)).toBe(8080);
    for (const bad of ['0', '65536', 'abc', '80.5']) expect(() => parsePort(bad, 5173)).toThrow('--port');
  });
});

describe('createStaticServer', () => {
  let folder: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'serve-static-'));
    mkdirSync(join(folder, 'site/assets'), { recursive: true });
    writeFileSync(join(folder, 'site/index.html'), '<h1>hi</h1>');
    writeFileSync(join(folder, 'site/assets/app.js'), 'export {}');
    writeFileSync(join(folder, 'secret.txt'), 'do not serve');
    server = createStaticServer(join(folder, 'site'));
    const port = await listenOnFreePort(server, 20000 + Math.floor(Math.random() * 20000));
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(() => {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves files with their MIME type and nosniff', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<h1>hi</h1>');
    const script = await fetch(`${base}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and for escapes from its folder', async () => {
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/assets`)).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${base}/`, { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('moves to the next port when the preferred one is taken, unless told to be strict', async () => {
    const port = Number(new URL(base).port);
    const other = createStaticServer(folder);
    try {
      const got = await listenOnFreePort(other, port);
      expect(got).toBeGreaterThan(port);
    } finally {
      other.close();
    }
    const strict = createStaticServer(folder);
    await expect(listenOnFreePort(strict, port, true)).rejects.toThrow();
  });
});
