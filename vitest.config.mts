import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { EVERY_TEST, MOCKING_TESTS } from './scripts/vitest-projects.mjs';

// Unit and property tests live beside the code they test; e2e and benchmarks have their own runners.
const exclude = ['node_modules/**', 'out/**', 'e2e/**', 'bench/**'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, with the main process
    // mostly waiting. Two workers there ran the suite in 65 s instead of 112 s (277 files, a quiet machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Generated code the tests import (the HTML player's bundle) is made fresh before the run.
    globalSetup: ['./scripts/vitest-setup.mjs'],
    projects: [
      {
        extends: true,
        // Most files share their worker's module registry: a fresh one per file cost ~0.6 s each (165 files:
        // a 2-core run took 119 s isolated, 55 s shared). The code under test keeps no global state one file
        // could leave behind for the next; files that replace modules run isolated (scripts/vitest-projects.mjs).
        test: { name: 'shared', include: [EVERY_TEST], exclude: [...exclude, ...MOCKING_TESTS], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING_TESTS, exclude, isolate: true } },
    ],
  },
});
