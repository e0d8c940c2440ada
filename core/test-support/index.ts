/** core/test-support's public entry (@mission-studio/core/test-support): what the app, the CLI and the tools use of it. */
export * from './generate-mission';
export { largeHostileMissions } from './hostile/large-missions';
export { clone, edge, node, smallMission } from './mission-builder';
export { pictureCase } from './picture-missions';
