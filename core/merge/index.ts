/** core/merge's public entry (@mission-studio/core/merge): what the app, the CLI and the tools use of it. */
export { conflictValueText } from './conflict-text';
export { mergeMissions } from './merge-missions';
