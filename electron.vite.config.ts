import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The dev server injects inline scripts (React Refresh's preamble) and talks over a websocket, which the strict
 * production CSP in renderer/index.html forbids. Relax it for `electron-vite dev` only; builds keep it strict.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'mission-studio:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*");
    },
  };
}

// Entries are top-level folders (main/, preload/, renderer/) rather than electron-vite's default src/ layout,
// so every input is named explicitly. package.json has no "type": "module", so main and preload build as
// CommonJS, which a sandboxed preload requires.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: { input: { index: resolve(root, 'preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset URLs, so out/renderer works from any static server path and from the app:// protocol.
    base: './',
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
