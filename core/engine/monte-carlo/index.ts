/** Random playthroughs of whole missions (Monte Carlo): ending frequencies and path lengths. */
export type {
  EndingFrequency,
  MonteCarloOptions,
  MonteCarloReport,
  RandomRunOptions,
  RandomRunResult,
  RandomRunStatus,
  StopFrequency,
} from './monte-carlo.types';
export type { CombatPolicyName } from './random-policy';
export { COMBAT_POLICIES } from './random-policy';
export type { RandomRunner } from './fast-run';
export { createRandomRunner } from './fast-run';
export type { RandomChooser } from './simulator-run';
export { createRandomChooser, playRandomRun } from './simulator-run';
export { mergeMonteCarlo, monteCarloRunSeed, runMonteCarlo } from './monte-carlo';
