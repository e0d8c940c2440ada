// Finds the Electron executable without require('electron'): that require tries to download the binary
// when it is missing, which cannot work offline. Shared by `npm start` and the Electron e2e suite.
// CommonJS so both the .mjs scripts and Playwright's TypeScript specs can load it.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** How to get the binary, for the one line `npm start` and the e2e suite print when it is missing. */
const ELECTRON_HINT =
  "set ELECTRON_EXEC_PATH to an Electron 45 executable, or run `node node_modules/electron/install.js` where Electron's downloads are reachable";

/**
 * The Electron executable to run: ELECTRON_EXEC_PATH when set, else the one electron's package installed
 * (its path.txt names it under dist/). Returns `{ path }` or `{ missing: reason }`.
 */
function findElectron(env = process.env) {
  const fromEnv = env.ELECTRON_EXEC_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { path: fromEnv } : { missing: `ELECTRON_EXEC_PATH=${fromEnv} does not exist` };
  }
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'its download never ran: node_modules/electron/path.txt is missing' };
  }
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? { path: executable } : { missing: `${executable} is missing` };
}

module.exports = { ELECTRON_HINT, findElectron };
