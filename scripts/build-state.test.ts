import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason } from './build-state.mjs';

let root: string;

function write(path: string, when: number) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, path);
  utimesSync(file, when, when);
}

const BUILT = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-state-'));
  write('renderer/app.tsx', 1000);
  write('core/format/load.ts', 1000);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleReason', () => {
  it('asks for a build when an output is missing', () => {
    write('out/main/index.js', 2000);
    expect(staleReason(root)).toBe('out/preload/index.js is missing');
  });

  it('is satisfied when every output is newer than every source', () => {
    for (const file of BUILT) write(file, 2000);
    expect(staleReason(root)).toBeNull();
  });

  it('names a source changed after the build', () => {
    for (const file of BUILT) write(file, 2000);
    write('core/format/load.ts', 3000);
    expect(staleReason(root)).toBe('core/format/load.ts is newer than out/');
  });

  it('ignores tests changed after the build', () => {
    for (const file of BUILT) write(file, 2000);
    write('core/format/load.test.ts', 3000);
    expect(staleReason(root)).toBeNull();
  });
});
