import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_DIR, CLI_OUTPUTS } from './build-cli.mjs';

const root = join(__dirname, '..');
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

// vitest's setup (scripts/vitest-setup.mjs) builds the bundle when it is stale, so this reads a fresh one.
describe('the bundled command (scripts/build-cli.mjs)', () => {
  it('loads at run time only Node and runtime dependencies: no TypeScript loader, no esbuild', () => {
    // The entries, and the chunks they load on demand (the co-editing server's).
    const chunks = join(CLI_DIR, 'chunks');
    const files = [...CLI_OUTPUTS, ...(existsSync(chunks) ? readdirSync(chunks).map((name) => join(chunks, name)) : [])];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const imported = [...text.matchAll(/^import\s[^;]*?from\s*"([^"]+)";?$|^import\s*"([^"]+)";?$/gm)].map((m) => m[1] ?? m[2] ?? '');
      expect(imported.length, file).toBeGreaterThan(0);
      const outside = imported.filter(
        (s) =>
          !s.startsWith('./') &&
          !s.startsWith('../') &&
          !s.startsWith('node:') &&
          !builtinModules.includes(s) &&
          !Object.hasOwn(dependencies, packageOf(s)),
      );
      expect(outside, file).toEqual([]);
      expect(imported.map(packageOf)).not.toContain('tsx');
    }
  });
});
