import { defineConfig } from 'vitest/config';

// Unit and property tests live beside the code they test; e2e and benchmarks have their own runners.
export default defineConfig({
  test: {
    include: ['{core,cli,main,preload,renderer,missions,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'out/**', 'e2e/**', 'bench/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
