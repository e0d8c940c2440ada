import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOCKING_TESTS, REGISTRY_CHANGES, TEST_FOLDERS } from './vitest-projects.mjs';

/** Every unit test file under the folders vitest reads, as a path from the project root. */
function unitTestFiles(): string[] {
  return TEST_FOLDERS.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.test\.tsx?$/.test(name) && !name.includes('node_modules'))
      .map((name) => `${folder}/${name.replaceAll('\\', '/')}`),
  );
}

describe('the vitest projects', () => {
  it('run every test file that replaces modules in the isolated project, and only those', () => {
    const files = unitTestFiles();
    expect(files.length).toBeGreaterThan(100);
    const mocking = files.filter((file) => REGISTRY_CHANGES.test(readFileSync(file, 'utf8'))).sort();
    expect(mocking).toEqual([...MOCKING_TESTS].sort());
  });
});
