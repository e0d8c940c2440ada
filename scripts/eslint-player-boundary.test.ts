import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

async function lintAs(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}@${message.line}`);
}

describe('eslint.config.mjs on player/', () => {
  it("allows the runtime's public entry, its own files and the DOM built from text", async () => {
    const sample = [
      "import { createRun } from '@mission-studio/core/runtime';",
      "import { h } from './dom';",
      "const p = document.createElement('p');",
      "p.textContent = '<script>';",
      "p.addEventListener('click', () => undefined);",
      "p.setAttribute('aria-label', 'x');",
      'export const all = [createRun, h, p];',
    ].join('\n');
    expect(await lintAs('player/sample.ts', sample)).toEqual([]);
  });

  it('rejects deep core imports, Node, HTML from strings, inline handlers and the network', async () => {
    const sample = [
      "import { advance } from '../core/engine/simulator/advance';",
      "import { readFileSync } from 'node:fs';",
      "const p = document.createElement('p');",
      "p.innerHTML = '<b>x</b>';",
      "p.insertAdjacentHTML('beforeend', 'x');",
      'p.onclick = () => undefined;',
      "p.setAttribute('onerror', 'x');",
      "void fetch('data.json');",
      "document.write('x');",
      'export const all = [advance, readFileSync];',
    ].join('\n');
    expect(await lintAs('player/sample.ts', sample)).toEqual([
      'no-restricted-imports@1',
      'no-restricted-imports@2',
      'no-restricted-syntax@4',
      'no-restricted-syntax@5',
      'no-restricted-syntax@6',
      'no-restricted-syntax@7',
      'no-restricted-globals@8',
      'no-restricted-syntax@9',
    ]);
  });
});
