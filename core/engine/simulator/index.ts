/** The mission simulator: plain-JSON run states that the preview pane steps through, saves and replays. */
export type {
  AdvanceResult,
  ObjectiveProgress,
  OfferedInput,
  ReplayResult,
  RunEvent,
  RunEventType,
  RunState,
  RunStatus,
  StartOptions,
} from './run-state.types';
export type { CombatOutcome, Input } from '../compile/inputs';
export { sameInput } from '../compile/inputs';
export { startRun } from './start-run';
export { advance, availableInputs } from './advance';
export { replayInputs } from './replay-inputs';
export { deriveCombatSeed } from './combat-seed';
export { overrideVariables, resumeRun } from './override-variables';
export { explainCondition, explainExpression, runEnv } from './explain-condition';
