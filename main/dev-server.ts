/**
 * The renderer URL to load instead of the app's own files: `electron-vite dev` sets `ELECTRON_RENDERER_URL` to
 * its dev server. Honoured only by a development build (`isDevBuild`: Vite's `import.meta.env.DEV`, a constant the
 * production bundle folds to false) that is not packaged: a shipped app never loads a page an environment
 * variable names, and only a local http(s) server passes.
 */
export function devServerUrl(
  env: Readonly<Record<string, string | undefined>>,
  isDevBuild: boolean,
  isPackaged: boolean,
): string | undefined {
  const value = env['ELECTRON_RENDERER_URL'];
  if (!isDevBuild || isPackaged || value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return (url.protocol === 'http:' || url.protocol === 'https:') && local ? value : undefined;
}
