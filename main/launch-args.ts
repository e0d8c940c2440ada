import { resolve } from 'node:path';

/**
 * The file a command line names, as an absolute path, or null. `argv` is `process.argv` (or the argv of a
 * second instance). Chromium and Node switches (`--inspect=0`, `--no-sandbox`) may sit anywhere, so the
 * file is the first argument that is not a switch, after the executable and, when Electron runs an app
 * from a folder or script (`electron .`, `process.defaultApp`), after that app path too.
 */
export function findFileArgument(argv: readonly string[], runsAppPath: boolean, cwd: string): string | null {
  const positional = argv.slice(1).filter((arg) => arg.length > 0 && !arg.startsWith('-'));
  const file = positional[runsAppPath ? 1 : 0];
  return file === undefined ? null : resolve(cwd, file);
}
