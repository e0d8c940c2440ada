import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Maps a URL path under the app scheme to a file inside `rootDir`, or null when it would leave it
 * (`..`, encoded separators, NUL bytes, malformed escapes). `/` serves `index.html`.
 */
export function resolveAssetPath(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const root = resolve(rootDir);
  const file = resolve(root, `.${wanted.startsWith('/') ? wanted : `/${wanted}`}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}
