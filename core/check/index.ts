/** core/check's public entry (@mission-studio/core/check): what the app, the CLI and the tools use of it. */
export { CHECK_MAX_STATES, CHECK_TIME_BUDGET_MS, checkMission } from './check-mission';
export type { CheckOptions, CheckSummary, MissionCheck, PlayWay } from './check.types';
