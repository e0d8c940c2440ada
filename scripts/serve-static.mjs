// A small static file server for the built renderer (out/renderer): what `npm start -- --web` serves and what
// Playwright's browser suite runs against. Loopback only, GET/HEAD only, never a file outside its root.
// Run: node scripts/serve-static.mjs [--root out/renderer] [--port 5173] [--strict-port]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Loopback only: the app is never offered to the network. */
export const HOST = '127.0.0.1';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown kinds are sent as opaque bytes. */
export function contentTypeFor(fileName) {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file under `root`, or null when it would leave it (`..`, encoded separators,
 * backslashes, NUL bytes, malformed escapes). A path ending in `/` means that folder's index.html.
 */
export function resolveRequestPath(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const base = resolve(root);
  const file = resolve(base, `.${wanted}`);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** Creates (but does not start) a server for the files under `root`. */
export function createStaticServer(root) {
  return createServer(async (request, response) => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveRequestPath(root, request.url ?? '/');
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(file), 'Content-Length': info.size });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
}

/**
 * Starts `server` on `preferredPort`, or (unless `strict`) on the next free port after it.
 * Resolves to the port it got.
 */
export async function listenOnFreePort(server, preferredPort, strict = false) {
  for (let port = preferredPort; port < preferredPort + 100; port += 1) {
    try {
      await new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, HOST, () => {
          server.off('error', reject);
          resolvePromise();
        });
      });
      return port;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || strict) throw error;
    }
  }
  throw new Error(`no free port in ${preferredPort}..${preferredPort + 99}`);
}

/** Serves `root` and prints its URL; the promise resolves once listening, to the URL. */
export async function serveFolder({ root, port = 5173, strict = false, log = console.log }) {
  const server = createStaticServer(root);
  const actualPort = await listenOnFreePort(server, port, strict);
  const url = `http://${HOST}:${actualPort}/`;
  log(`Serving ${relative(process.cwd(), root) || root} at ${url}`);
  return { server, url };
}

/** Reads `--name value` or `--name=value` from an argument list. */
export function readOption(args, name) {
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = args[index];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

/** Parses a port option; throws on anything but an integer in 1..65535. */
export function parsePort(value, fallback) {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be 1..65535, got ${value}`);
  return port;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const projectRoot = fileURLToPath(new URL('..', import.meta.url));
  const root = resolve(projectRoot, readOption(args, 'root') ?? 'out/renderer');
  try {
    await serveFolder({ root, port: parsePort(readOption(args, 'port'), 5173), strict: args.includes('--strict-port') });
  } catch (error) {
    console.error(`serve-static: ${error.message}`);
    process.exit(1);
  }
}
