import { useChecks, useEditor, useServices, useTranslations } from './app-context';
import { CollabStatus } from './collab/collab-status';
import { plural } from '@mission-studio/core/strings';
import { FirstLaunchHint } from './first-launch-hint';
import { translationStatus } from './translations/translation-status';
import { describePlayCheck } from './play-check/play-check-status';
import type { Severity } from '@mission-studio/core/validate';
import type { CheckState } from './state/check-store';

/** The bottom line: size of the mission, a count of its problems, and where the play check stands. */
export function StatusBar() {
  const nodeCount = useEditor((s) => s.doc?.mission.nodes.length ?? null);
  const draftProblems = useEditor((s) => s.draft?.problems ?? null);
  // Counted in the selector: a number is the same snapshot until it changes (a new array each time would not be).
  const count = (severity: Severity) => (s: CheckState) =>
    s.diagnostics.filter((d) => d.severity === severity).length + s.playFindings.filter((d) => d.severity === severity).length;
  const checkedErrors = useChecks(count('error'));
  const checkedWarnings = useChecks(count('warning'));
  const mission = useEditor((s) => s.doc?.mission ?? null);
  const translations = useTranslations((s) => s.translations);
  const { coverage, summaries } = translationStatus(mission, translations);
  const errors = draftProblems ? draftProblems.filter((d) => d.severity === 'error').length : checkedErrors;
  const warnings = draftProblems ? draftProblems.filter((d) => d.severity === 'warning').length : checkedWarnings + summaries.length;
  const playCheck = useChecks((s) => describePlayCheck(s.playCheck, s.playFindings));
  const fights = useChecks((s) => (s.playCheck.status === 'done' ? s.playCheck.summary.balances.length : 0));
  const { events } = useServices();
  return (
    <footer className="status-bar" aria-label="Status">
      {nodeCount !== null && <span>{plural(nodeCount, 'node')}</span>}
      <span>{plural(errors, 'error')}</span>
      <span>{plural(warnings, 'warning')}</span>
      {coverage.map((c) => (
        <span
          key={c.language}
          className="status-coverage"
          aria-label={`${c.language} translation coverage`}
          title={`${c.current} of ${c.total} strings have a current ${c.language} translation`}
        >
          {c.language} {c.percent}%
        </span>
      ))}
      <FirstLaunchHint />
      <CollabStatus />
      {/* Polite: the play check runs in the background after edits and reports when done. */}
      <span role="status" aria-label="Play check" className="status-play-check" title={playCheck ?? undefined}>
        {playCheck}
      </span>
      {/* The fights' figures behind that summary, as charts, with the ending odds. */}
      {fights > 0 && (
        <button
          type="button"
          className="status-button"
          title="Win rates per stance, rounds, allies lost and ending odds"
          onClick={() => events.emit('show-balance', { nodeId: null })}
        >
          Balance…
        </button>
      )}
    </footer>
  );
}
