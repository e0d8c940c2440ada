/** core/validate's public entry (@mission-studio/core/validate): what the app, the CLI and the tools use of it. */
export { missionScope } from './check-expressions';
export type { Diagnostic, DiagnosticCode, Severity, SourceRange } from './diagnostic.types';
export { indexMission } from './mission-index';
export { validateMission } from './validate-mission';
