/** Random playthroughs of a whole mission: one run's result and the report over many. Plain JSON. */
import type { Outcome } from '../../format/mission.types';
import type { Input } from '../compile/inputs';
import type { CombatPolicyName } from './random-policy';

/** How a random run finished. */
export type RandomRunStatus = 'ended' | 'stopped' | 'cut';

/** One random playthrough. */
export interface RandomRunResult {
  faction: string;
  /** `ended` at an end node; `stopped` by an error or a soft-lock; `cut` after `maxInputs` inputs. */
  status: RandomRunStatus;
  /** The end node, or where the run stopped or was cut; null when it could not start. */
  nodeId: string | null;
  /** Inputs taken, as the simulator counts them (an auto-resolved fight is one; a round by stance is one). */
  inputs: number;
  /** Combat rounds played. */
  rounds: number;
  /** Why the run stopped or was cut, else null. */
  reason: string | null;
  /** The inputs themselves, when asked for (`record: true`). */
  recorded?: Input[];
}

/** Options shared by both random-run paths. */
export interface RandomRunOptions {
  /** Factions to draw from, uniformly per run (default: every faction of the mission). */
  factions?: readonly string[];
  /** Default `auto`. */
  combatPolicy?: CombatPolicyName;
  /** A run longer than this many inputs is cut (default 10,000), so a mission that loops cannot hang. */
  maxInputs?: number;
  /** Keep each run's inputs in `recorded` (slower; for tests and the CLI). */
  record?: boolean;
}

/** How often one ending was reached. */
export interface EndingFrequency {
  nodeId: string;
  outcome: Outcome;
  count: number;
  /** count / runs. */
  share: number;
  /** Sum of the inputs of the runs that reached it (merging reports adds these). */
  inputsTotal: number;
  meanInputs: number;
}

/** Runs that did not reach an ending, grouped by where and why. */
export interface StopFrequency {
  status: 'stopped' | 'cut';
  nodeId: string | null;
  reason: string;
  count: number;
}

/** The result of `runMonteCarlo` (or of merging several). */
export interface MonteCarloReport {
  /** Runs `firstRun` .. `firstRun + runs - 1`; run i is seeded `seed + i`. */
  runs: number;
  firstRun: number;
  seed: number;
  combatPolicy: CombatPolicyName;
  factions: string[];
  /** Every end node, in file order, reached or not. */
  endings: EndingFrequency[];
  stops: StopFrequency[];
  inputsTotal: number;
  roundsTotal: number;
  /** Mean path length, in inputs. */
  meanInputs: number;
  meanRounds: number;
  elapsedMs: number;
}

/** Options of `runMonteCarlo`. */
export interface MonteCarloOptions extends Omit<RandomRunOptions, 'record'> {
  /** Default 10,000. */
  runs?: number;
  /** Base seed, default 1. */
  seed?: number;
  /** Index of the first run (for splitting one report over workers), default 0. */
  firstRun?: number;
  /** A clock in milliseconds; core has none of its own. Default Date.now. */
  now?: () => number;
  onProgress?: (done: number, total: number) => void;
}
