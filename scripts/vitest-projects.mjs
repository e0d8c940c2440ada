// Which unit test files need a module registry of their own (vitest `isolate`), shared by vitest.config.mts and
// the test that keeps the list complete (scripts/vitest-projects.test.ts).

/** The folders whose `*.test.ts(x)` files are unit and property tests, beside the code they test. */
export const TEST_FOLDERS = ['core', 'cli', 'main', 'preload', 'renderer', 'missions', 'scripts', 'player'];

/** Every unit and property test. */
export const EVERY_TEST = `{${TEST_FOLDERS.join(',')}}/**/*.test.{ts,tsx}`;

/** Test files that replace modules (vi.mock of `electron`): they run isolated, one registry each. */
export const MOCKING_TESTS = ['main/ipc.test.ts', 'main/index.test.ts', 'main/document-session.test.ts'];

/** What a test file does that leaks into the next file when registries are shared. */
export const REGISTRY_CHANGES = /\bvi\.(mock|doMock|unmock|resetModules|stubGlobal|stubEnv)\(/;
