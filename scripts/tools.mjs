// Runs the project's command-line tools as `node <their script>`, without npx or a shell, and times them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-state.mjs';

/** Each tool's own entry script under node_modules. */
export const TOOL_SCRIPTS = {
  tsc: 'node_modules/typescript/bin/tsc',
  eslint: 'node_modules/eslint/bin/eslint.js',
  knip: 'node_modules/knip/bin/knip.js',
  prettier: 'node_modules/prettier/bin/prettier.cjs',
  vitest: 'node_modules/vitest/vitest.mjs',
  'electron-vite': 'node_modules/electron-vite/bin/electron-vite.js',
  playwright: 'node_modules/@playwright/test/cli.js',
  // Not under node_modules: the project's wrapper that runs Electronegativity and checks its notes file.
  electronegativity: 'scripts/electronegativity.mjs',
  // The generated code the sources import (core/export/html/generated, git-ignored).
  'generate-player': 'scripts/generate-player.mjs',
};

/** Runs a tool with inherited output; resolves to its exit code (1 when it died by a signal). */
export function runTool(tool, args, { env = {}, cwd = PROJECT_ROOT } = {}) {
  const script = join(PROJECT_ROOT, TOOL_SCRIPTS[tool]);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A TCP port that was free on the loopback a moment ago, for a server started right after. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
