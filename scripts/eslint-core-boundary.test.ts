import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

/** Lints `text` as if it were the file at `filePath`; returns `rule@line` for each message. */
async function lintAs(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}@${message.line}`);
}

describe('eslint.config.mjs', () => {
  it('rejects UI, desktop and Node imports and DOM/Node globals in shipped core code', async () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { useState } from 'react';",
      "import type { Node } from '@xyflow/react';",
      "import { app } from 'electron';",
      'export const all = [readFileSync, join, useState, app, window, document, process] as unknown as Node;',
    ].join('\n');
    expect(await lintAs('core/sample.ts', sample)).toEqual([
      'no-restricted-imports@1',
      'no-restricted-imports@2',
      'no-restricted-imports@3',
      'no-restricted-imports@4',
      'no-restricted-imports@5',
      'no-restricted-globals@6',
      'no-restricted-globals@6',
      'no-restricted-globals@6',
    ]);
  });

  it('lets core tests read fixtures with node:* but not import UI code', async () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import { render } from 'react-dom';",
      'export const all = [readFileSync, render];',
    ].join('\n');
    expect(await lintAs('core/sample.test.ts', sample)).toEqual(['no-restricted-imports@2']);
  });

  it('leaves the renderer free to import React', async () => {
    const sample = "import { useState } from 'react';\nexport const hook = useState;\n";
    expect(await lintAs('renderer/sample.ts', sample)).toEqual([]);
  });
});
