#!/usr/bin/env node
// The `mission-studio` command. It runs the TypeScript sources through tsx, so it works right after
// `npm install` with no build step to remember.
'use strict';
const path = require('node:path');
const { register } = require('tsx/cjs/api');

register();
// Output piped into a reader that stops early (`| head`): end quietly rather than crash on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
  });
}
const { main } = require(path.join(__dirname, '..', 'main.ts'));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Last resort: a bug in the CLI itself. Say so in one line, never with a stack trace.
    process.stderr.write(`mission-studio: internal error: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
