/** core/interop's public entry (@mission-studio/core/interop): what the app, the CLI and the tools use of it. */
export { importTwine } from './twine/import-twine';
export type { ImportDiagnostic } from './twine/import-twine';
