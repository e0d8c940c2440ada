import type { CheckSummary } from '@mission-studio/core/check';
import type { MonteCarloReport } from '@mission-studio/core/engine';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useChecks, useEditor, useServices } from '../app-context';
import { endingChart, fightCharts } from './balance-model';
import { BarChart } from './bar-chart';
import { createPlaythroughsClient, makePlaythroughsWorker } from './playthroughs-client';
import './balance.css';

type Odds = { status: 'running' } | { status: 'done'; report: MonteCarloReport } | { status: 'failed'; message: string };

/**
 * The Balance view: each fight's figures from the play check (win rate per stance, rounds to finish, allies lost)
 * and the ending odds over random playthroughs, played in a Worker while the view is open. `focus` is the fight
 * it was opened for, scrolled into view.
 */
export function BalanceDialog({ focus, onClose }: { focus: string | null; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const check = useChecks((s) => s.playCheck);
  const mission = useEditor((s) => s.doc?.mission ?? null);
  const { store } = useServices();
  const summary = check.status === 'done' ? check.summary : null;
  const fights = useMemo(() => (summary ? summary.balances.map(fightCharts) : []), [summary]);
  // The answer for the summary it was asked for: an older one shows as still running.
  const [answered, setAnswered] = useState<{ of: CheckSummary; odds: Odds } | null>(null);
  const odds: Odds = answered && answered.of === summary ? answered.odds : { status: 'running' };
  const client = useMemo(() => createPlaythroughsClient(typeof Worker === 'undefined' ? undefined : makePlaythroughsWorker), []);
  useEffect(() => () => client.dispose(), [client]);
  // A new play check result is a new mission without errors: play it again (the check only runs on such). The
  // mission is read when the summary changes, not on every edit: a move keeps the summary (the same play), and an
  // edit that can change the play restarts the check first.
  useEffect(() => {
    const played = store.getState().doc?.mission;
    if (!summary || !played) return;
    const settle = (odds: Odds) => setAnswered({ of: summary, odds });
    client.send(
      { mission: played },
      {
        answer: (a) => settle(a.kind === 'done' ? { status: 'done', report: a.report } : { status: 'failed', message: a.message }),
        failed: (message) => settle({ status: 'failed', message }),
      },
    );
  }, [summary, client, store]);
  useEffect(() => dialog.current?.showModal(), []);
  useEffect(() => {
    if (focus) dialog.current?.querySelector(`[data-fight="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'start' });
  }, [focus, fights]);
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="desktop-dialog balance-dialog" onClose={onClose}>
      <h2 id={titleId}>Balance</h2>
      {!summary ? (
        <p className="muted">
          {check.status === 'running'
            ? 'The play check is still playing the mission; the figures appear when it is done.'
            : 'The play check runs once the mission has no errors; the figures come from it.'}
        </p>
      ) : (
        <div className="balance-body">
          <section aria-label="Ending odds" className="balance-section">
            <h3>Endings</h3>
            {odds.status === 'running' && <p className="muted">Playing random playthroughs…</p>}
            {odds.status === 'failed' && <p role="alert">The random playthroughs stopped: {odds.message}</p>}
            {odds.status === 'done' && mission && <BarChart chart={endingChart(odds.report, mission)} />}
          </section>
          {fights.length === 0 && <p className="muted">This mission has no fights.</p>}
          {fights.map((fight) => (
            <section
              key={fight.nodeId}
              data-fight={fight.nodeId}
              aria-label={`Fight: ${fight.title}`}
              className="balance-section"
              aria-current={fight.nodeId === focus || undefined}
            >
              <h3>{fight.title}</h3>
              <p className="muted small">{fight.verdict}</p>
              <div className="balance-charts">
                {fight.charts.map((chart) => (
                  <BarChart key={chart.title} chart={chart} compact />
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
