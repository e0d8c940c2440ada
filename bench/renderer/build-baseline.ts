// Builds the baseline page (bare React Flow, default nodes) with Vite into a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../scripts/build-state.mjs';

/** Builds bench/renderer/baseline and returns the folder holding its index.html. */
export async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'mission-studio-baseline-'));
  await build({
    root: join(PROJECT_ROOT, 'bench/renderer/baseline'),
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    // No module-preload polyfill: every browser the bench uses has modulepreload, and Vite cannot resolve its
    // polyfill when loaded through tsx's CommonJS interop.
    build: { outDir, emptyOutDir: true, minify: true, chunkSizeWarningLimit: 4096, modulePreload: { polyfill: false } },
  });
  return outDir;
}
