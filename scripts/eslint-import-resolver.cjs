// How eslint-plugin-boundaries finds the file behind an import, as Vite and TypeScript do: Node's resolution
// (eslint-import-resolver-node) with TypeScript's extensions, after dropping Vite's query suffix
// (`../../README.md?raw`, `./x?url`), which names the same file. Without this, such an import resolves to
// nothing and would escape the folder rules.
const node = require('eslint-import-resolver-node');

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.mjs', '.cjs', '.js', '.json'];

exports.interfaceVersion = 2;

/** Resolves `source` imported from `file`: `{ found, path }`, path null for a Node built-in. */
exports.resolve = (source, file, config) => node.resolve(source.replace(/\?[^/]*$/, ''), file, { extensions: EXTENSIONS, ...config });
