// How eslint-plugin-boundaries finds the file behind an import, as Vite and TypeScript do: Node's resolution
// (eslint-import-resolver-node) with TypeScript's extensions, after dropping Vite's query suffix
// (`../../README.md?raw`, `./x?url`), which names the same file. Without this, such an import resolves to
// nothing and would escape the folder rules. `@mission-studio/core/<entry>` resolves through core's exports map
// (which that resolver does not read) to the file in core/, so the folder rules see core/.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const node = require('eslint-import-resolver-node');

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.mjs', '.cjs', '.js', '.json'];
const CORE = join(__dirname, '..', 'core');
const CORE_NAME = '@mission-studio/core';
const coreExports = JSON.parse(readFileSync(join(CORE, 'package.json'), 'utf8')).exports;

exports.interfaceVersion = 2;

/** Resolves `source` imported from `file`: `{ found, path }`, path null for a Node built-in. */
exports.resolve = (source, file, config) => {
  if (source === CORE_NAME || source.startsWith(`${CORE_NAME}/`)) {
    const entry = coreExports[`.${source.slice(CORE_NAME.length)}`];
    return entry ? { found: true, path: join(CORE, entry) } : { found: false };
  }
  return node.resolve(source.replace(/\?[^/]*$/, ''), file, { extensions: EXTENSIONS, ...config });
};
