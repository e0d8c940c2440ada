// `npm run bench`: bundles bench/run.ts with esbuild, then runs it. The figures are those of bundled code, as the
// app ships it: run through tsx, every call across our own modules goes through a getter (ESM live bindings made
// CommonJS), which doubles the cost of hot loops such as the explorer's. Packages stay external (loaded as usual).
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleCore } from '../scripts/core-package.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}.tmp/bench`;
await build({
  // The co-editing bench's client threads load their own bundle, found beside run.mjs.
  entryPoints: [`${root}bench/run.ts`, `${root}bench/collab-clients.worker.ts`],
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Bundled helpers from scripts/ find the project root from their own URL; point them at where they live.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(`${root}scripts/bundled.mjs`).href) },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  target: 'node20',
  packages: 'external',
  plugins: [bundleCore],
  sourcemap: 'inline',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--enable-source-maps', `${outdir}/run.mjs`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exitCode = result.status ?? 1;
