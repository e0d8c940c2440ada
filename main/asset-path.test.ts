import { isAbsolute, join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAssetPath } from './asset-path';

const root = resolve('/srv/app/renderer');

describe('resolveAssetPath', () => {
  it('serves index.html for the root and files under the folder', () => {
    expect(resolveAssetPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'));
    expect(resolveAssetPath(root, '/assets/a%20b.css')).toBe(join(root, 'assets/a b.css'));
  });

  it('refuses paths that climb out of the folder, however they are spelled', () => {
    for (const path of ['/../secret', '/assets/../../secret', '/%2e%2e/secret', '/..%2fsecret', '/a/%2e%2e%2f%2e%2e/secret']) {
      expect(resolveAssetPath(root, path)).toBeNull();
    }
  });

  it('refuses backslashes, NUL bytes and malformed escapes', () => {
    expect(resolveAssetPath(root, '/..\\secret')).toBeNull();
    expect(resolveAssetPath(root, '/a%00.js')).toBeNull();
    expect(resolveAssetPath(root, '/%E0%A4%A')).toBeNull();
  });

  it('never returns a path outside the folder for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2f', 'a', 'b.js', '', '%5c', '/'), { maxLength: 8 }), (parts) => {
        const file = resolveAssetPath(root, `/${parts.join('/')}`);
        if (file === null) return;
        const inside = relative(root, file);
        expect(inside.startsWith('..') || isAbsolute(inside) || inside === '').toBe(false);
      }),
    );
  });
});
