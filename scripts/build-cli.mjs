// Builds the `mission-studio` command: cli/main.ts and its worker pool's module (cli/pool-worker.ts), bundled by
// esbuild into ES modules in dist/cli. The command then runs plain JavaScript: no TypeScript loader at run time,
// and no getter call per imported binding in the engine's hot loops (what a CommonJS transpiler such as tsx
// makes of ES imports). Packages stay external, loaded from node_modules: the build fails when the CLI would
// need one that is not a runtime dependency (esbuild and typescript are dev-only). It includes the generated
// HTML player (core/export/html/generated), made fresh first.
// Runs on `npm install` (the `prepare` script), before the unit tests (scripts/vitest-setup.mjs), and from the bin
// when cli/, core/ or player/ is newer than the bundle (cli/bin/mission-studio.js).
// Run: node scripts/build-cli.mjs [--quiet]
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the bundle goes. */
export const CLI_DIR = join(root, 'dist/cli');
/** The bundle's entries: the command, and the module each pool worker loads. */
export const CLI_ENTRIES = { main: join(root, 'cli/main.ts'), 'pool-worker': join(root, 'cli/pool-worker.ts') };
/** The files the build writes. */
export const CLI_OUTPUTS = Object.keys(CLI_ENTRIES).map((name) => join(CLI_DIR, `${name}.mjs`));
/** Folders whose sources go into the bundle. */
const SOURCE_DIRS = ['cli', 'core', 'player'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json|css)$/.test(entry.name) && !entry.name.includes('.test.')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why dist/cli needs building, or null when it is newer than every source it bundles. */
export function cliStaleReason() {
  if (!CLI_OUTPUTS.every((file) => existsSync(file))) return 'dist/cli is missing';
  const built = Math.min(...CLI_OUTPUTS.map((file) => statSync(file).mtimeMs));
  const newer = SOURCE_DIRS.find((dir) => newestSource(join(root, dir)) > built);
  return newer ? `${newer}/ is newer than dist/cli` : null;
}

/** Whether esbuild is installed here (it is a devDependency: an install without them cannot rebuild). */
export function canBuildCli() {
  try {
    createRequire(import.meta.url).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Throws when the bundle imports a package that is not a runtime dependency (it would be missing in production). */
function checkExternals(metafile) {
  const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const missing = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const { path, external } of output.imports) {
      if (!external || path.startsWith('node:') || builtinModules.includes(path)) continue;
      if (!Object.hasOwn(dependencies, packageName(path))) missing.add(packageName(path));
    }
  }
  if (missing.size > 0) throw new Error(`the CLI imports ${[...missing].join(', ')}, not among package.json's dependencies`);
}

/** Builds the bundle; each file is written beside its target and renamed over it, so a CLI starting meanwhile reads whole files. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const { bundleCore } = await import('./core-package.mjs');
  const { writePlayerAssets } = await import('./generate-player.mjs');
  await writePlayerAssets();
  const result = await build({
    entryPoints: CLI_ENTRIES,
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Code behind a dynamic import (the co-editing server: Hocuspocus, Yjs, SQLite's WASM) goes in a chunk of its
    // own, loaded only by the command that needs it, so every other command starts without it.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'node20',
    packages: 'external',
    plugins: [bundleCore],
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  checkExternals(result.metafile);
  mkdirSync(CLI_DIR, { recursive: true });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, file.contents);
      renameSync(temp, file.path);
    } finally {
      rmSync(temp, { force: true });
    }
  }
  // Chunks are named by their content: drop those of earlier builds.
  const written = new Set(result.outputFiles.map((file) => file.path));
  const chunks = join(CLI_DIR, 'chunks');
  for (const name of existsSync(chunks) ? readdirSync(chunks) : [])
    if (!written.has(join(chunks, name))) rmSync(join(chunks, name), { force: true });
}

/** Builds when dist/cli is missing or older than its sources; returns whether it built. */
export async function buildCliIfStale(log = console.log) {
  const reason = cliStaleReason();
  if (!reason) return false;
  log(`Building the mission-studio command (${reason})...`);
  await buildCli();
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
    if (!process.argv.includes('--quiet')) console.log(`mission-studio command built: ${CLI_DIR}`);
  } catch (error) {
    console.error(`build-cli: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
