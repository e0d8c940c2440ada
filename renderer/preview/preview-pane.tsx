import { useEffect } from 'react';
import { useServices } from '../app-context';
import { ChoicesGroup } from './choices-group';
import { CombatPanel } from './combat-panel';
import { EndingStatus } from './ending-status';
import { FromHereForm } from './from-here-form';
import { runCommands } from './preview-commands';
import { AUTO_SPEEDS } from './preview-store';
import { RunControls } from './run-controls';
import { RunNotice } from './run-notice';
import { TranscriptLog } from './transcript-log';
import { useFollowRun } from './use-follow-run';
import { usePreview } from './use-preview';
import { WatchPanel } from './watch-panel';
import './preview.css';

/** Runs auto-play ticks at the chosen speed while auto-play is on (instant: chunks, yielding to paint). */
function useAutoPlayLoop(): void {
  const { preview } = useServices();
  const running = usePreview((s) => s.autoRunning);
  const speed = usePreview((s) => s.autoSpeed);
  useEffect(() => {
    if (!running) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      if (preview.getState().autoTick()) timer = setTimeout(tick, AUTO_SPEEDS[speed]);
    };
    timer = setTimeout(tick, AUTO_SPEEDS[speed]);
    return () => clearTimeout(timer);
  }, [preview, running, speed]);
}

/** The Preview region: play the mission beside the graph, with the engine doing every rule. */
export function PreviewPane() {
  const { commands } = useServices();
  useEffect(() => commands.register(runCommands()), [commands]);
  useAutoPlayLoop();
  useFollowRun();
  const hasMission = usePreview((s) => s.mission !== null);
  const hasRun = usePreview((s) => s.session !== null);
  return (
    <section className="panel preview" aria-label="Preview">
      <h2>Preview</h2>
      {!hasMission ? (
        <p className="muted">Open a mission to play it here.</p>
      ) : (
        <>
          <RunControls />
          <RunNotice />
          <FromHereForm />
          {hasRun ? (
            <div className="preview-run">
              <TranscriptLog />
              <CombatPanel />
              <EndingStatus />
              <ChoicesGroup />
              <WatchPanel />
            </div>
          ) : (
            <p className="muted">Pick a faction and a seed, then press Play (F5).</p>
          )}
        </>
      )}
    </section>
  );
}
