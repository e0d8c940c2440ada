// What core/ may not import or touch: one list, enforced twice (ESLint in eslint.config.mjs, and the
// scripts/core-purity.test.ts scan), so that core runs alike in Node, the browser, a Worker and the CLI.
import { builtinModules } from 'node:module';

/** Packages core/ must never import (UI, desktop shell, editor, layout), with any of their subpaths. */
export const FORBIDDEN_PACKAGES = ['react', 'react-dom', 'electron', 'monaco-editor', 'elkjs'];

/** Scopes core/ must never import from. */
export const FORBIDDEN_SCOPES = ['@monaco-editor/', '@xyflow/'];

/** Node's built-in modules by bare name (fs, path, fs/promises, ...); `node:` ones are caught by prefix. */
export const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

/** Globals that tie code to the DOM or to Node. */
export const FORBIDDEN_GLOBALS = ['window', 'document', 'process', 'require', 'Buffer', '__dirname', '__filename'];

/** Files under core/ that are not shipped core code: tests and their helpers may read fixtures with node:*. */
export const CORE_TEST_GLOBS = ['core/**/*.test.ts', 'core/**/*.bench.ts', 'core/**/test-support/**'];

/** Whether core/ may not import `specifier`; returns the reason, or null when it is allowed. */
export function forbiddenImportReason(specifier) {
  if (specifier.startsWith('node:')) return 'a Node built-in module';
  const bare = specifier.split('/')[0];
  if (NODE_BUILTINS.includes(specifier) || NODE_BUILTINS.includes(bare)) return 'a Node built-in module';
  for (const name of FORBIDDEN_PACKAGES) {
    if (specifier === name || specifier.startsWith(`${name}/`)) return `${name}, which is not pure`;
  }
  for (const scope of FORBIDDEN_SCOPES) {
    if (specifier.startsWith(scope)) return `${scope}*, which is not pure`;
  }
  return null;
}
