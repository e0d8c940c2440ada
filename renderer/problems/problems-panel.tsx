import { useId, useMemo, useState } from 'react';
import type { MergeConflict } from '@mission-studio/core/format';
import type { Diagnostic, Severity } from '@mission-studio/core/validate';
import { PLAY_WAY_NAMES, type PlayWay } from '../play-check/play-check.types';
import { useChecks, useEditor, useServices, useTranslations } from '../app-context';
import { translationStatus } from '../translations/translation-status';
import { revealInSource, revealNode } from '../state/reveal';
import { ConflictChoice } from './conflict-choice';
import { sourceStatus } from '../source/source-state';
import { groupDiagnostics, nodeTitles, problemLocation, problemTarget, visibleProblems, type ProblemGroup } from './problem-list';
import './problems.css';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
const NO_WAYS: PlayWay[] = [];
const NO_CONFLICTS: MergeConflict[] = [];

/** The way into the finding `d` reports (a soft-lock or trap at a node), if the play check found one. */
const wayFor = (ways: readonly PlayWay[], d: Diagnostic): PlayWay | undefined =>
  ways.find((w) => w.code === d.code && w.nodeId === d.nodeId);

/**
 * The Problems region: every diagnostic by severity with its place and node; a click selects and reveals the
 * node in the graph, or the place in the source. While the text does not load, its problems are listed instead.
 */
export function ProblemsPanel() {
  const services = useServices();
  const draft = useEditor((s) => s.draft);
  const diagnostics = useChecks((s) => s.diagnostics);
  const playFindings = useChecks((s) => s.playFindings);
  const checkedRevision = useChecks((s) => s.revision);
  const importNotes = useChecks((s) => s.importNotes);
  const mission = useEditor((s) => s.doc?.mission ?? null);
  const translations = useTranslations((s) => s.translations);
  const summaries = useMemo(() => translationStatus(mission, translations).summaries, [mission, translations]);
  const problems = useMemo(
    () =>
      draft !== null
        ? draft.problems
        : playFindings.length > 0 || importNotes.length > 0 || summaries.length > 0
          ? [...diagnostics, ...playFindings, ...importNotes, ...summaries]
          : diagnostics,
    [draft, diagnostics, playFindings, importNotes, summaries],
  );
  const status = useEditor(sourceStatus);
  const groups = useMemo(() => groupDiagnostics(problems), [problems]);
  const titles = useMemo(() => nodeTitles(mission), [mission]);
  const ways = useChecks((s) => (s.playCheck.status === 'done' ? s.playCheck.summary.ways : NO_WAYS));
  const conflicts = useEditor((s) => s.doc?.mission.conflicts ?? NO_CONFLICTS);
  const replay = (way: PlayWay) => services.events.emit('replay', { way });
  const textBroken = status === 'draft' || status === 'broken-file';

  const open = (d: Pick<Diagnostic, 'nodeId' | 'range'>) => {
    const target = problemTarget(d, titles, textBroken);
    if (target?.kind === 'node') revealNode(services, target.nodeId);
    else if (target?.kind === 'range') revealInSource(services, target.range);
  };

  return (
    // data-revision: the document revision these problems describe (main carries the one on screen).
    <section className="panel problems" aria-label="Problems" data-revision={draft?.revision ?? checkedRevision}>
      <h2>Problems{problems.length > 0 ? ` (${problems.length})` : ''}</h2>
      {status === 'draft' && <p className="problems-notice">The source has errors; the graph shows the last valid version.</p>}
      {status === 'broken-file' && (
        <p className="problems-notice">The file did not load. Fix these errors in the Source view; it is not saved until then.</p>
      )}
      {groups.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        groups.map((group) => (
          <ProblemGroupList
            key={group.severity}
            group={group}
            titles={titles}
            ways={ways}
            conflicts={textBroken ? NO_CONFLICTS : conflicts}
            onOpen={open}
            onReplay={replay}
          />
        ))
      )}
    </section>
  );
}

interface GroupProps {
  group: ProblemGroup;
  titles: ReadonlyMap<string, string>;
  ways: readonly PlayWay[];
  /** The mission's merge conflicts, which `merge-conflict` problems index. */
  conflicts: readonly MergeConflict[];
  onOpen(d: Pick<Diagnostic, 'nodeId' | 'range'>): void;
  onReplay(way: PlayWay): void;
}

function ProblemGroupList({ group, titles, ways, conflicts, onOpen, onReplay }: GroupProps) {
  const [showAll, setShowAll] = useState(false);
  const rowId = useId();
  const { shown, hidden } = visibleProblems(group.items, showAll);
  return (
    <div className="problem-group">
      <h3>
        {HEADINGS[group.severity]} ({group.items.length})
      </h3>
      <ul className="problem-list">
        {shown.map((d, i) => {
          const location = problemLocation(d);
          const title = d.nodeId !== undefined ? titles.get(d.nodeId) : undefined;
          const way = wayFor(ways, d);
          const conflict = d.code === 'merge-conflict' && d.conflict !== undefined ? conflicts[d.conflict] : undefined;
          return (
            <li key={`${d.path}-${d.code}-${i}`} className={`problem problem-${d.severity}${conflict ? ' problem-conflict' : ''}`}>
              <button type="button" className="problem-button" onClick={() => onOpen(d)}>
                <span className="problem-severity">{d.severity}</span> {location && <span className="problem-location">{location}</span>}{' '}
                <span className="problem-message" id={`${rowId}-${i}`}>
                  {d.message}
                </span>{' '}
                <span className="problem-code">{d.code}</span>
                {title !== undefined && <span className="problem-node"> · {title}</span>}
              </button>
              {d.details && d.details.length > 0 && <ProblemDetails problem={d} titles={titles} onOpen={onOpen} />}
              {way && (
                <button
                  type="button"
                  className="problem-replay"
                  onClick={() => onReplay(way)}
                  aria-label={`Replay the way into the ${PLAY_WAY_NAMES[way.code]} at "${title ?? way.nodeId}" in the preview`}
                >
                  Replay
                </button>
              )}
              {conflict && <ConflictChoice conflict={conflict} describedBy={`${rowId}-${i}`} />}
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button type="button" className="problems-show-all" onClick={() => setShowAll(true)}>
          Show all {group.items.length} {HEADINGS[group.severity].toLowerCase()}
        </button>
      )}
    </div>
  );
}

/** A summary's parts (one per untranslated string), folded until asked for; each opens its node. */
function ProblemDetails({
  problem,
  titles,
  onOpen,
}: {
  problem: Diagnostic;
  titles: ReadonlyMap<string, string>;
  onOpen(d: Pick<Diagnostic, 'nodeId' | 'range'>): void;
}) {
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const details = problem.details ?? [];
  const { shown, hidden } = visibleProblems(details, showAll);
  const what = `${problem.code === 'unknown-string-id' ? 'row' : 'string'}${details.length === 1 ? '' : 's'}`;
  return (
    <>
      <button type="button" className="problem-expand" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} {details.length} {what}
      </button>
      {open && (
        <ul className="problem-details" aria-label={`${problem.code} details`}>
          {shown.map((detail, i) => {
            const title = detail.nodeId !== undefined ? titles.get(detail.nodeId) : undefined;
            return (
              <li key={`${detail.path}-${i}`}>
                <button type="button" className="problem-button" onClick={() => onOpen({ nodeId: detail.nodeId })}>
                  <span className="problem-message">{detail.message}</span>
                  {title !== undefined && <span className="problem-node"> · {title}</span>}
                </button>
              </li>
            );
          })}
          {hidden > 0 && (
            <li>
              <button type="button" className="problems-show-all" onClick={() => setShowAll(true)}>
                Show all {details.length}
              </button>
            </li>
          )}
        </ul>
      )}
    </>
  );
}
