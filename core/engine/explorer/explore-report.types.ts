/** What the explorer finds: plain JSON, so a Worker can post it and the CLI can print it. */
import type { Outcome, Value } from '../../format/mission.types';
import type { CancelSignal } from '../cancel';
import type { Input } from '../compile/inputs';

/** A way to get somewhere: start a run with this faction (any seed) and take these inputs in order. */
export interface Witness {
  faction: string;
  /** Fights appear as `combat-force` inputs: the explorer treats each fight as a branch on its outcome. */
  inputs: Input[];
}

/** Whether an `end` node can be reached, and how. */
export interface EndingReach {
  nodeId: string;
  nodeIndex: number;
  outcome: Outcome;
  reachable: boolean;
  witness: Witness | null;
}

/** A node that edges lead to from a start, but that no run ever enters (the conditions shut it off). */
export interface UnreachedNode {
  nodeId: string;
  nodeIndex: number;
}

/** A dialog choice, hub option or hub `continue` that no reachable state offers. */
export interface NeverEnabledChoice {
  nodeId: string;
  nodeIndex: number;
  /** The port id: the choice or option id, or `continue`. */
  portId: string;
  /** Its position in `choices` or `options` (for `continue`: the number of options). */
  portIndex: number;
  kind: 'choice' | 'option' | 'continue';
  /** The condition that stays false (null: none, e.g. a continue with no condition). */
  condition: string | null;
  /** What each variable the condition reads held in the explored states at the node. */
  observed: ObservedValues[];
  /** A shortest way to the node, where the choice is offered closed. */
  witness: Witness | null;
}

/** The values one variable was seen to hold at a node: up to 64 of them, sorted, and how many there were. */
export interface ObservedValues {
  variable: string;
  values: Value[];
  distinct: number;
  /** For numbers, the smallest and largest seen. */
  min?: number;
  max?: number;
}

/** Reachable states where the run is stuck without an ending: nothing to choose, or an error. */
export interface SoftLock {
  nodeId: string;
  nodeIndex: number;
  reason: string;
  /** How many distinct states are stuck here for this reason. */
  states: number;
  /** The shortest way into one of them. */
  witness: Witness;
}

/** Reachable states where the player can still act but can never reach an ending. */
export interface Trap {
  nodeId: string;
  nodeIndex: number;
  states: number;
  witness: Witness;
}

/** Options of `exploreMission`. */
export interface ExploreOptions {
  /** Stop storing new states past this many (default 5,000,000); the report then says `complete: false`. */
  maxStates?: number;
  /** Factions to start from (default: all of `meta.factions`). */
  factions?: string[];
  /**
   * Stop searching after this many milliseconds of `now` (default: no limit); the report then says
   * `complete: false` and why, and holds what the states searched so far prove.
   */
  timeBudgetMs?: number;
  /** A clock in milliseconds (e.g. `performance.now`); core has no timer of its own. Default: Date.now. */
  now?: () => number;
  /** Called now and then during the search, e.g. to post progress from a Worker. */
  onProgress?: (progress: { states: number; expanded: number }) => void;
  /** Cancels the search: read every 4,096 expanded states, then `exploreMission` throws `CancelledError`. */
  signal?: CancelSignal;
  /**
   * Skip the orders of one-time detours (default true). False searches them all, with the same findings but
   * more states; the property tests compare the two.
   */
  reduce?: boolean;
}

/** Everything the explorer found. When `complete` is false, reachability is a lower bound and traps may be missed. */
export interface ExploreReport {
  complete: boolean;
  incompleteReason: string | null;
  factions: string[];
  factionsWithoutStart: string[];
  /** Distinct states stored (player decision points, endings and error stops). */
  states: number;
  /** State-to-state steps walked (duplicates counted). */
  transitions: number;
  elapsedMs: number;
  /** 32-bit words per packed state. */
  stateWords: number;
  /** Times the search started over with a wider field for a variable. */
  restarts: number;
  endings: EndingReach[];
  /** Ids of every node some run enters, in file order. */
  reachedNodes: string[];
  neverReachedNodes: UnreachedNode[];
  neverEnabledChoices: NeverEnabledChoice[];
  softLocks: SoftLock[];
  traps: Trap[];
}
