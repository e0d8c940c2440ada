// What each top folder may import: the "May import" line of its README.md, as eslint-plugin-boundaries
// settings and policies (used by eslint.config.mjs, checked by scripts/eslint-folder-boundaries.test.ts).
// Each list is an allow-list: an import no policy allows is an error, so a new package or folder has to be
// added here (and to the README) on purpose.

/** The top folders, each one element; a file belongs to the folder its path starts with. */
export const FOLDERS = ['core', 'cli', 'main', 'preload', 'renderer', 'e2e', 'bench', 'player', 'examples', 'scripts', 'missions'];

/** The IPC contract: the one preload/ file main and the renderer may import. */
export const IPC_CONTRACT = 'preload/ipc-contract.ts';

/** The contract's pure checks the renderer shares with main (the link rule, command ids); all else is types. */
export const RENDERER_CONTRACT_VALUES = ['parseExternalUrl', 'isCommandId'];

/** Unit tests, benches and their helpers, which may also read fixtures and use the test tools (e2e/'s Playwright specs
 * have their own list). */
export const TEST_FILES = ['**/*.test.{ts,tsx}', '**/*.bench.ts', '**/test-support/**', '**/testing/**'];

const NODE = { module: { origin: 'core' } };
const ANY_PACKAGE = { module: { origin: 'external' } };
const folders = (...types) => ({ element: { type: types } });
const files = (...paths) => ({ file: { path: paths } });
const packages = (...names) => ({ module: { origin: 'external', source: names } });
const from = (folder) => ({ element: { type: folder } });

/** Per folder, what its files may import besides their own folder. */
export const MAY_IMPORT = {
  // core/ and player/ also have no-restricted-imports rules in eslint.config.mjs for packages and globals (core's
  // list is shared with scripts/core-purity.test.ts); here only their imports of other folders are checked.
  core: [NODE, ANY_PACKAGE],
  player: [folders('core'), NODE, ANY_PACKAGE],
  cli: [
    folders('core'),
    NODE,
    packages(
      '@resvg/resvg-js',
      'tinypool',
      '@hocuspocus/server',
      '@hocuspocus/extension-database',
      '@hocuspocus/extension-redis',
      'sql.js',
    ),
  ],
  main: [folders('core'), files(IPC_CONTRACT), NODE, packages('electron')],
  renderer: [
    folders('core', 'missions'),
    // The version and the README in the About dialog.
    files('package.json', 'README.md'),
    packages(
      'react',
      'react-dom',
      '@xyflow/react',
      'monaco-editor',
      'elkjs',
      'zustand',
      'react-resizable-panels',
      'pure-rand',
      '@hocuspocus/provider',
      'yjs',
    ),
  ],
  e2e: [NODE, packages('@playwright/test'), files('scripts/find-*.cjs')],
  bench: [
    // renderer/: the preview bench times the preview's replay code; the typing baseline is the source view's
    // Monaco, set up by the app's own code, holding Second Wave from missions/.
    folders('core', 'cli', 'scripts', 'renderer', 'missions'),
    NODE,
    packages(
      'esbuild',
      'vite',
      '@vitejs/plugin-react',
      'vscode-json-languageservice',
      '@playwright/test',
      'react',
      'react-dom',
      '@xyflow/react',
      'monaco-editor',
      'yjs',
      '@hocuspocus/provider',
      'ws',
    ),
  ],
  examples: [NODE, { module: { origin: 'external', source: 'mission-studio', internalPath: 'runtime' } }],
  // Tooling: builds, checks and runs the rest; it reads core/ (schemas, generators) and uses any dev tool.
  scripts: [folders('core'), NODE, ANY_PACKAGE],
};

/** What tests anywhere may import on top of their folder's list: the test tools, fixtures, generators they check. */
export const TESTS_MAY_IMPORT = [
  NODE,
  packages('vitest', 'fast-check', '@hocuspocus/provider', 'ws', 'yjs'),
  folders('missions', 'scripts'),
];

/** Project-root files (configs of the build, lint and test tools) are tooling, like scripts/. */
export const ROOT_FILES_MAY_IMPORT = [folders('scripts'), NODE, ANY_PACKAGE];

/** eslint-plugin-boundaries settings: the folders as elements, every kind of import, our resolver. */
export function boundariesSettings(resolverPath) {
  return {
    'boundaries/elements': FOLDERS.map((folder) => ({ type: folder, pattern: folder, partialMatch: false })),
    // Files at the top (configs, package.json): in no folder, and unchecked unless they are known.
    'boundaries/files': [{ category: 'project-root', pattern: '*' }],
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
    'import/resolver': { [resolverPath]: {} },
  };
}

/** The `boundaries/dependencies` rule: every import allowed by a policy, or an error. */
export function boundariesRule() {
  const policies = [
    ...Object.entries(MAY_IMPORT).map(([folder, targets]) => ({ from: from(folder), allow: { to: targets } })),
    { from: { file: { path: TEST_FILES } }, allow: { to: TESTS_MAY_IMPORT } },
    { from: { file: { categories: 'project-root' } }, allow: { to: ROOT_FILES_MAY_IMPORT } },
    // preload/: the bridge bundles electron's contextBridge and ipcRenderer; the contract stays pure (it is
    // bundled into main and the page too), with valibot for its payload schemas.
    { from: from('preload'), allow: { to: packages('valibot') } },
    { from: { element: { type: 'preload' }, file: { path: `!${IPC_CONTRACT}` } }, allow: { to: packages('electron') } },
    // e2e/ sees the app only from outside: types of any package (Electron's), never its code.
    { from: from('e2e'), allow: { to: ANY_PACKAGE, dependency: { kind: 'type' } } },
    // The renderer: the patches of core's edit model are immer's, so it may name their type (never run immer).
    { from: from('renderer'), allow: { to: packages('immer'), dependency: { kind: 'type' } } },
    // The renderer: the contract's types, and only the two pure checks it shares with main.
    { from: from('renderer'), allow: { to: files(IPC_CONTRACT), dependency: { kind: 'type' } } },
    { from: from('renderer'), allow: { to: files(IPC_CONTRACT), dependency: { kind: 'value', specifiers: RENDERER_CONTRACT_VALUES } } },
    {
      from: from('renderer'),
      disallow: { to: files(IPC_CONTRACT), dependency: { kind: 'value', specifiers: `!{${RENDERER_CONTRACT_VALUES.join(',')}}` } },
      message: `renderer/ takes only types from ${IPC_CONTRACT}, and of its code only ${RENDERER_CONTRACT_VALUES.join(' and ')} (import types with \`import type\`).`,
    },
  ];
  return [
    'error',
    {
      default: 'disallow',
      // Packages and Node's modules too, not only our folders; and an import of a file outside every folder.
      checkAllOrigins: true,
      checkUnknownLocals: true,
      // An import that resolves to no file lands here too (TypeScript says more about those).
      message:
        '{{from.element.type}}/ may not import \'{{dependency.source}}\' (or it resolves to no file): see the "May import" line of {{from.element.type}}/README.md; the lists are in scripts/folder-imports.mjs.',
      policies,
    },
  ];
}
