// core/ is a package (@mission-studio/core) whose exports map lists its public entry points; the app, the CLI
// and the tools import only those. Bundles that keep packages external (the CLI, the bench) must still bundle
// core: it is our source, linked into node_modules by npm, not a dependency installed from the registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORE_NAME = '@mission-studio/core';

/** esbuild plugin: resolves `@mission-studio/core/<entry>` through core's exports map into the bundle. */
export const bundleCore = {
  name: 'mission-studio:bundle-core',
  setup(build) {
    const { exports } = JSON.parse(readFileSync(join(root, 'core/package.json'), 'utf8'));
    build.onResolve({ filter: /^@mission-studio\/core(\/|$)/ }, ({ path }) => {
      const entry = exports[`.${path.slice(CORE_NAME.length)}`];
      if (!entry) return { errors: [{ text: `${path} is not one of core's entry points (core/package.json "exports")` }] };
      return { path: join(root, 'core', entry) };
    });
  },
};
