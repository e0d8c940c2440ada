/**
 * The deeper check the app runs after the validator finds no error: every reachable state (endings no one
 * can reach, soft-locks, traps, nodes and choices never reached) and each fight's balance, as diagnostics
 * placed in the file's text. The same core functions as `mission-studio explore` and `balance`.
 */
import { balanceAllCombats, balanceDiagnostics } from '../../core/engine/combat/balance';
import { exploreDiagnostics } from '../../core/engine/explorer/explore-diagnostics';
import { exploreMission } from '../../core/engine/explorer/explore-mission';
import { locateDiagnostics } from '../../core/format/locate-diagnostics';
import type { Mission } from '../../core/format/mission.types';
import type { Diagnostic } from '../../core/validate/diagnostic.types';
import type { PlayCheckSummary } from './play-check.types';

/** States the app explores before it calls the search incomplete (a few seconds and ~100 MB at most). */
export const PLAY_CHECK_MAX_STATES = 2_000_000;
/** Fights per policy per combat node: half the CLI's default, enough for the balance thresholds. */
export const PLAY_CHECK_FIGHTS = 1000;

/** Progress now and then: states found so far, or the balance phase. */
export type PlayCheckProgress = (states: number, phase: 'explore' | 'balance') => void;

/** Runs the play check of a mission whose static checks passed. */
export function runPlayCheck(
  mission: Mission,
  text: string,
  onProgress?: PlayCheckProgress,
  maxStates = PLAY_CHECK_MAX_STATES,
): { diagnostics: Diagnostic[]; summary: PlayCheckSummary } {
  const started = Date.now();
  const report = exploreMission(mission, {
    maxStates,
    ...(onProgress ? { onProgress: ({ states }: { states: number }) => onProgress(states, 'explore') } : {}),
  });
  onProgress?.(report.states, 'balance');
  const balances = balanceAllCombats(mission, { runs: PLAY_CHECK_FIGHTS });
  // A search cut short at the cap proves soft-locks (each has a witness) but not what is never reached: the
  // explorer hedges those as info, one per node; in a big mission that buries the panel, and the status bar
  // already says the answer is partial.
  const proven = report.complete ? exploreDiagnostics(mission, report) : exploreDiagnostics(mission, report).filter((d) => d.code === 'soft-lock');
  const diagnostics = locateDiagnostics(text, [...proven, ...balanceDiagnostics(balances)]);
  return {
    diagnostics,
    summary: {
      ways: [
        ...report.softLocks.map((l) => ({ code: 'soft-lock' as const, nodeId: l.nodeId, witness: l.witness })),
        ...(report.complete ? report.traps.map((t) => ({ code: 'trap' as const, nodeId: t.nodeId, witness: t.witness })) : []),
        ...(report.complete
          ? report.neverEnabledChoices.flatMap((c) => (c.witness ? [{ code: 'never-enabled-choice' as const, nodeId: c.nodeId, witness: c.witness }] : []))
          : []),
      ],
      states: report.states,
      complete: report.complete,
      endings: report.endings.length,
      reachableEndings: report.endings.filter((e) => e.reachable).length,
      fights: balances.length,
      elapsedMs: Date.now() - started,
    },
  };
}
