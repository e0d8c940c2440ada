/**
 * Mission Studio's engine: the compiled rules (compile/), the simulator the preview pane runs (simulator/),
 * the exhaustive explorer (explorer/), the seeded combat model (combat/), recorded playthroughs (playthrough/)
 * and random whole-mission runs (monte-carlo/). Pure TypeScript.
 */
export * from './compile';
export * from './simulator';
export * from './explorer';
export * from './combat';
export * from './playthrough';
export * from './monte-carlo';
export * from './cancel';

// Also used outside core:
export { affordablePlaythroughs } from './combat/balance';
export { describeObserved } from './explorer/explore-diagnostics';
export { buildMission, cellarMission, flagsAndCounterMission, flawedMission, n, randomMission, tourMission } from './test-fixtures';
