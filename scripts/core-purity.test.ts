import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_PACKAGES, FORBIDDEN_SCOPES, NODE_BUILTINS } from './core-boundaries.mjs';
import { findForbiddenImports, formatViolation, listCoreSourceFiles, scanCore } from './core-purity';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('scanCore', () => {
  it('finds no forbidden import anywhere in core/', () => {
    expect(listCoreSourceFiles(root).length).toBeGreaterThan(0);
    expect(scanCore(root).map(formatViolation)).toEqual([]);
  });
});

describe('listCoreSourceFiles', () => {
  it('leaves out tests, benches and test support', () => {
    const files = listCoreSourceFiles(root);
    expect(files.filter((file) => /\.(test|bench)\.ts$|\/test-support\//.test(file))).toEqual([]);
    expect(files).toContain('core/format/mission.types.ts');
  });
});

describe('findForbiddenImports', () => {
  it('reports each kind of forbidden import with its file, line and the column of its module string', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import type { Node } from '@xyflow/react';",
      "export { useState } from 'react';",
      "const editor = await import('monaco-editor/esm/vs/editor/editor.api');",
      "const { app } = require('electron');",
      "import ELK from 'elkjs/lib/elk.bundled.js';",
      "import { createRoot } from 'react-dom/client';",
      "import { readFile } from 'fs/promises';",
    ].join('\n');
    const found = findForbiddenImports('core/sample.ts', sample).map(formatViolation);
    expect(found).toEqual([
      'core/sample.ts:1:30 imports "node:fs" (a Node built-in module)',
      'core/sample.ts:2:18 imports "path" (a Node built-in module)',
      'core/sample.ts:3:27 imports "@xyflow/react" (@xyflow/*, which is not pure)',
      'core/sample.ts:4:26 imports "react" (react, which is not pure)',
      'core/sample.ts:5:29 imports "monaco-editor/esm/vs/editor/editor.api" (monaco-editor, which is not pure)',
      'core/sample.ts:6:25 imports "electron" (electron, which is not pure)',
      'core/sample.ts:7:17 imports "elkjs/lib/elk.bundled.js" (elkjs, which is not pure)',
      'core/sample.ts:8:28 imports "react-dom/client" (react-dom, which is not pure)',
      'core/sample.ts:9:26 imports "fs/promises" (a Node built-in module)',
    ]);
  });

  it('allows relative imports and pure packages, and ignores names that only look alike', () => {
    const sample = [
      "import { parse } from 'jsonc-parser';",
      "import jsep from 'jsep';",
      "import type { Mission } from '../format/mission.types';",
      "import { reactor } from './reactor';",
      "import prand from 'pure-rand';",
      "// import fs from 'fs' in a comment is not an import",
      'const text = "import path from \'path\'";',
    ].join('\n');
    expect(findForbiddenImports('core/ok.ts', sample)).toEqual([]);
  });

  it('flags every forbidden module in any import form', () => {
    const forbidden = fc.oneof(
      fc.constantFrom(...FORBIDDEN_PACKAGES, ...NODE_BUILTINS),
      fc.constantFrom(...NODE_BUILTINS).map((name) => `node:${name}`),
      fc.constantFrom(...FORBIDDEN_SCOPES).map((scope) => `${scope}thing`),
    );
    const form = fc.constantFrom(
      (m: string) => `import x from '${m}';`,
      (m: string) => `import type { X } from '${m}';`,
      (m: string) => `export * from '${m}';`,
      (m: string) => `const x = import('${m}');`,
      (m: string) => `const x = require('${m}');`,
    );
    fc.assert(
      fc.property(forbidden, form, fc.nat(5), (specifier, write, blankLines) => {
        const text = `${'\n'.repeat(blankLines)}${write(specifier)}\n`;
        const found = findForbiddenImports('core/x.ts', text);
        expect(found.map((v) => [v.specifier, v.line])).toEqual([[specifier, blankLines + 1]]);
      }),
    );
  });
});
