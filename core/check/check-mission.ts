/**
 * Checking a mission past its static checks: every reachable state (the explorer) and every fight (the
 * balance), as diagnostics located in the file's text. The app's play check (in a Worker) and `mission-studio
 * validate` (in the CLI's worker pool) both call this, so they report the same findings for the same file.
 */
import { throwIfCancelled } from '../engine/cancel';
import { balanceAllCombats, balanceDiagnostics } from '../engine/combat/balance';
import type { CombatBalance } from '../engine/combat/combat.types';
import { exploreDiagnostics } from '../engine/explorer/explore-diagnostics';
import { exploreMission } from '../engine/explorer/explore-mission';
import type { ExploreOptions, ExploreReport } from '../engine/explorer/explore-report.types';
import { locateDiagnostics } from '../format/locate-diagnostics';
import type { Mission } from '../format/mission.types';
import type { Diagnostic } from '../validate/diagnostic.types';
import type { CheckOptions, CheckSummary, MissionCheck, PlayWay } from './check.types';

/** States explored before the search stops and the answer is partial: a few seconds and ~100 MB at most. */
export const CHECK_MAX_STATES = 2_000_000;
/**
 * Seconds of search before the answer is partial: a hostile hub of 64 one-time options ran 4.5 minutes and
 * then said INCOMPLETE anyway. A real mission is proven in well under a second.
 */
export const CHECK_TIME_BUDGET_MS = 3000;
/** Fights per stance policy per combat node: enough for the balance thresholds (best under 60%, worst over 99%). */
const CHECK_FIGHTS = 1000;

/**
 * Checks a mission: the static diagnostics given, then (when they hold no error) the explorer's and the
 * balance's findings, located in `text`. A search cut short reports only what it proves (see `provenFindings`)
 * and its summary says it is partial. Throws `CancelledError` when `options.signal` is aborted: a cancelled
 * check has no result worth showing, and a throw cannot be mistaken for one.
 */
export function checkMission(mission: Mission, text: string, options: CheckOptions = {}): MissionCheck {
  const now = options.now ?? Date.now;
  const started = now();
  const { signal, onProgress } = options;
  const given = [...(options.staticDiagnostics ?? [])];
  if (given.some((d) => d.severity === 'error'))
    return { diagnostics: given, summary: notExplored(mission, 'the static checks found errors', now() - started) };
  throwIfCancelled(signal, 'the check');

  let report: ExploreReport | null = null;
  if (options.explore !== false) {
    const exploreOptions: ExploreOptions = {
      maxStates: options.maxStates ?? CHECK_MAX_STATES,
      timeBudgetMs: options.timeBudgetMs ?? CHECK_TIME_BUDGET_MS,
      now,
    };
    if (signal) exploreOptions.signal = signal;
    if (onProgress) exploreOptions.onProgress = ({ states }) => onProgress({ phase: 'explore', states });
    report = exploreMission(mission, exploreOptions);
  }
  let balances: CombatBalance[] = [];
  if (options.balance !== false) {
    onProgress?.({ phase: 'balance', states: report?.states ?? 0 });
    balances = balanceAllCombats(mission, { runs: options.fights ?? CHECK_FIGHTS, ...(signal ? { signal } : {}) });
  }

  const found = [...(report ? provenFindings(mission, report) : []), ...balanceDiagnostics(balances)];
  const diagnostics = found.length > 0 ? [...given, ...locateDiagnostics(text, found)] : given;
  if (!report)
    return { diagnostics, summary: { ...notExplored(mission, 'not explored', now() - started), fights: balances.length, balances } };
  return {
    diagnostics,
    summary: {
      ways: waysOf(report),
      states: report.states,
      complete: report.complete,
      ...(report.incompleteReason === null ? {} : { incompleteReason: report.incompleteReason }),
      endings: report.endings.length,
      reachableEndings: report.endings.filter((e) => e.reachable).length,
      fights: balances.length,
      balances,
      elapsedMs: now() - started,
    },
  };
}

/**
 * The explorer's findings that hold. A complete search: all of them. One cut short (the state cap, a variable
 * with too many values) proves its soft-locks, each by a witness that replays into it, but not what it never
 * reached: the explorer would hedge those as `info`, one per node, which in a big mission buries the panel
 * under guesses while the summary already says the answer is partial.
 */
function provenFindings(mission: Mission, report: ExploreReport): Diagnostic[] {
  if (report.complete) return exploreDiagnostics(mission, report);
  return exploreDiagnostics(mission, { ...report, endings: [], neverReachedNodes: [], neverEnabledChoices: [], traps: [] });
}

/** The replayable ways into the findings reported (see `provenFindings`). */
function waysOf(report: ExploreReport): PlayWay[] {
  const ways: PlayWay[] = report.softLocks.map((l) => ({ code: 'soft-lock', nodeId: l.nodeId, witness: l.witness }));
  if (!report.complete) return ways;
  for (const t of report.traps) ways.push({ code: 'trap', nodeId: t.nodeId, witness: t.witness });
  for (const c of report.neverEnabledChoices)
    if (c.witness) ways.push({ code: 'never-enabled-choice', nodeId: c.nodeId, witness: c.witness });
  return ways;
}

/** The summary of a check whose explorer did not run: nothing is known about the states. */
function notExplored(mission: Mission, reason: string, elapsedMs: number): CheckSummary {
  const endings = mission.nodes.filter((n) => n.type === 'end').length;
  return {
    ways: [],
    states: 0,
    complete: false,
    incompleteReason: reason,
    endings,
    reachableEndings: 0,
    fights: 0,
    balances: [],
    elapsedMs,
  };
}
