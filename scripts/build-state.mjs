// Decides whether out/ is older than its sources, and runs the build. Shared by `npm start` and the e2e runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in scripts/). */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the build reads: a change to any of these makes out/ stale. */
const SOURCES = ['main', 'preload', 'renderer', 'core', 'player', 'missions', 'electron.vite.config.ts', 'package.json', 'tsconfig.json'];

/** What the build writes; all must exist for out/ to count as built. */
const OUTPUTS = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];

/** Why out/ needs building ("out/ is missing", "renderer/app.tsx is newer than out/"), or null when it is fresh. */
export function staleReason(root = PROJECT_ROOT) {
  const missing = OUTPUTS.find((output) => !existsSync(join(root, output)));
  if (missing) return `${missing} is missing`;
  const builtAt = Math.min(...OUTPUTS.map((output) => statSync(join(root, output)).mtimeMs));
  for (const source of SOURCES) {
    const newer = findNewerFile(join(root, source), builtAt);
    if (newer) return `${newer.slice(root.length).replace(/^[\\/]/, '')} is newer than out/`;
  }
  return null;
}

/** Runs `electron-vite build`; throws when it fails. */
export function runBuild(root = PROJECT_ROOT) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${result.status ?? result.signal})`);
}

/** Builds when out/ is missing or stale; says why. */
export function buildIfStale(root = PROJECT_ROOT, log = console.log) {
  const reason = staleReason(root);
  if (!reason) return false;
  log(`Building (${reason})...`);
  runBuild(root);
  return true;
}

function findNewerFile(path, than) {
  if (!existsSync(path)) return null;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs > than ? path : null;
  for (const entry of readdirSync(path)) {
    // Tests and notes are not part of the build, so editing one should not force a rebuild.
    if (entry === 'node_modules' || entry.startsWith('.') || /\.test\.tsx?$|\.md$/.test(entry)) continue;
    const newer = findNewerFile(join(path, entry), than);
    if (newer) return newer;
  }
  return null;
}
