/** core/collab's public entry (@mission-studio/core/collab): what the app, the CLI and the tools use of it. */
export { applyEditToDoc } from './edit-to-doc';
export { isEmptyMissionDoc, readMission, writeMission } from './mission-doc';
