#!/usr/bin/env node
// The `mission-studio` command. It runs the bundle in dist/cli (scripts/build-cli.mjs, built on `npm install`):
// plain JavaScript, no TypeScript loader at run time. In a checkout whose sources changed since, it rebuilds the
// bundle first where esbuild is installed, so a developer never runs stale code.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const root = path.join(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'cli', 'main.mjs');
const builder = path.join(root, 'scripts', 'build-cli.mjs');
const HOW_TO_BUILD = 'run "npm install" (it builds dist/cli) or "node scripts/build-cli.mjs"';

/** Loads the bundle, rebuilt first when cli/, core/ or player/ is newer and esbuild can rebuild it (null: none). */
async function loadCli() {
  if (existsSync(builder)) {
    const { buildCli, canBuildCli, cliStaleReason } = await import(pathToFileURL(builder).href);
    const stale = cliStaleReason();
    if (stale && canBuildCli()) await buildCli();
    else if (stale && existsSync(bundle)) process.stderr.write(`mission-studio: note: ${stale}; to rebuild, ${HOW_TO_BUILD}\n`);
  }
  if (existsSync(bundle)) return import(pathToFileURL(bundle).href);
  process.stderr.write(`mission-studio: dist/cli is missing; ${HOW_TO_BUILD}\n`);
  return null;
}

// Output piped into a reader that stops early (`| head`): end quietly rather than crash on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
  });
}
loadCli()
  .then((cli) => (cli ? cli.main(process.argv.slice(2)) : 2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // Last resort: a bug in the CLI itself, or no bundle to run. Say so in one line, never with a stack trace.
      process.stderr.write(`mission-studio: internal error: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
