// Builds a baseline page with Vite into a temporary folder: `baseline` (bare React Flow, default nodes) or
// `monaco-baseline` (the source view's editor alone).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../scripts/build-state.mjs';

/** Builds bench/renderer/<page> and returns the folder holding its index.html. */
export async function buildBaseline(page: 'baseline' | 'monaco-baseline' = 'baseline'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `mission-studio-${page}-`));
  await build({
    root: join(PROJECT_ROOT, 'bench/renderer', page),
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    // No module-preload polyfill: every browser the bench uses has modulepreload, and Vite cannot resolve its
    // polyfill when loaded through tsx's CommonJS interop.
    build: { outDir, emptyOutDir: true, minify: true, target: 'es2022', chunkSizeWarningLimit: 8192, modulePreload: { polyfill: false } },
    worker: { format: 'es' },
  });
  return outDir;
}
