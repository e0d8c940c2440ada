/** What checking a mission takes and gives: the one check behind the app's play check and `mission-studio validate`. */
import type { CancelSignal } from '../engine/cancel';
import type { CombatBalance } from '../engine/combat/combat.types';
import type { Witness } from '../engine/explorer/explore-report.types';
import type { Diagnostic } from '../validate/diagnostic.types';

/** A finding the preview can replay: the inputs that lead into a soft-lock, a trap, or a node with a closed choice. */
export interface PlayWay {
  code: 'soft-lock' | 'trap' | 'never-enabled-choice';
  nodeId: string;
  witness: Witness;
}

/** What a check found out beyond its diagnostics (the app's status bar and its "Replay" buttons read it). */
export interface CheckSummary {
  /** The way into each soft-lock, trap and node with a closed choice, for "Replay" in the Problems panel. */
  ways: PlayWay[];
  /** States the explorer stored (0 when it did not run). */
  states: number;
  /** Whether the search covered every reachable state; when false, only its soft-locks are reported. */
  complete: boolean;
  /** Why the answer is partial (the state cap, a variable with too many values, not explored), when it is. */
  incompleteReason?: string;
  /** End nodes of the mission, and how many of them the search reached (a lower bound when partial). */
  endings: number;
  reachableEndings: number;
  /** Combat nodes whose fights were played (0 when the balance did not run). */
  fights: number;
  /** Each played fight's figures per stance policy (win rate, rounds, allies lost), in file order: the Balance view's charts. */
  balances: CombatBalance[];
  elapsedMs: number;
}

/** Where a check is: states found so far while exploring, then the fights (`states` is then the final count). */
export interface CheckProgress {
  phase: 'explore' | 'balance';
  states: number;
}

/** Options of `checkMission`; the defaults are the app's play check. */
export interface CheckOptions {
  /**
   * The static checks' diagnostics for this text (`loadMission`'s), put first in the result. When one is an
   * error the check stops there: playing a broken mission would only repeat it. Default: none (the app's
   * play check runs only on a mission without errors, and shows the validator's findings itself).
   */
  staticDiagnostics?: readonly Diagnostic[];
  /** Run the explorer (default true; the CLI's `--no-explore` turns it off). */
  explore?: boolean;
  /** Play each fight (default true; the CLI's `validate` asks for it with `--balance`). */
  balance?: boolean;
  /** States to explore before the search stops and the answer is partial (default `CHECK_MAX_STATES`). */
  maxStates?: number;
  /** Milliseconds of search (by `now`) before it stops and the answer is partial (default `CHECK_TIME_BUDGET_MS`). */
  timeBudgetMs?: number;
  /** Fights per stance policy per combat node (default `CHECK_FIGHTS`). */
  fights?: number;
  /** Called now and then: every 65,536 states while exploring, and once before the fights. */
  onProgress?: (progress: CheckProgress) => void;
  /** Read between batches (4,096 states, 250 fights); once aborted, the check throws `CancelledError`. */
  signal?: CancelSignal;
  /** A clock in milliseconds for `elapsedMs` (core has no timer of its own). Default: Date.now. */
  now?: () => number;
}

/** What a check gives: every finding, located in the text, and the summary. */
export interface MissionCheck {
  diagnostics: Diagnostic[];
  summary: CheckSummary;
}
