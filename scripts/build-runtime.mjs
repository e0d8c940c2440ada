// Builds `mission-studio/runtime` (package.json `exports["./runtime"]`): core/runtime bundled by esbuild into one
// ES module that runs in Node and browsers (dist/runtime/index.mjs), and its type declarations from the sources
// (dist/runtime/types). Runs on `npm install` (the `prepare` script) and whenever a script needs a fresh copy.
// Run: node scripts/build-runtime.mjs [--quiet]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The bundle and the entry of its declarations. */
export const RUNTIME_OUTPUTS = { bundle: join(root, 'dist/runtime/index.mjs'), types: join(root, 'dist/runtime/types/runtime/index.d.ts') };

/**
 * Runtime files carry expressions as trees, so the runtime never parses text: the bundle gets a parser that
 * refuses (core/runtime/no-text-parser.ts) instead of jsep. Its tests play the built bundle, so a path that did
 * parse would fail there.
 */
export const noTextParser = {
  name: 'mission-studio:no-text-parser',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/expressions\/parse$/ }, () => ({ path: join(root, 'core/runtime/no-text-parser.ts') }));
  },
};

/** esbuild options for the runtime bundle; the bench measures the same build's gzipped size. */
export const RUNTIME_BUILD = {
  plugins: [noTextParser],
  entryPoints: [join(root, 'core/runtime/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  // Plain ES2020 runs in every browser a game ships to and in Node 20+.
  target: 'es2020',
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !entry.name.includes('.test.')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why dist/runtime needs building, or null when it is newer than everything in core/. */
export function runtimeStaleReason() {
  if (!existsSync(RUNTIME_OUTPUTS.bundle) || !existsSync(RUNTIME_OUTPUTS.types)) return 'dist/runtime is missing';
  const built = Math.min(statSync(RUNTIME_OUTPUTS.bundle).mtimeMs, statSync(RUNTIME_OUTPUTS.types).mtimeMs);
  return newestSource(join(root, 'core')) > built ? 'core/ is newer than dist/runtime' : null;
}

/** Builds the bundle and the declarations; throws when either fails. */
export async function buildRuntime() {
  await build({ ...RUNTIME_BUILD, outfile: RUNTIME_OUTPUTS.bundle });
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'core/runtime/tsconfig.declarations.json')],
    { stdio: 'inherit' },
  );
  if (tsc.status !== 0) throw new Error('the runtime type declarations did not build (tsc)');
}

/** Builds when dist/runtime is missing or older than core/; returns whether it built. */
export async function buildRuntimeIfStale(log = console.log) {
  const reason = runtimeStaleReason();
  if (!reason) return false;
  log(`Building mission-studio/runtime (${reason})...`);
  await buildRuntime();
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildRuntime();
    if (!process.argv.includes('--quiet')) console.log(`mission-studio/runtime built: ${RUNTIME_OUTPUTS.bundle}`);
  } catch (error) {
    console.error(`build-runtime: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
