import { useState } from 'react';
import { useServices, useUi } from '../app-context';
import type { AutoPolicy } from './auto-play';
import { loadPlaythrough, playthroughFile, unsavableReason } from './playthrough-io';
import { AUTO_SPEEDS, type AutoSpeed } from './preview-store';
import { playFromHere } from './from-here-search';
import { usePreview } from './use-preview';

const SPEED_LABELS: Record<AutoSpeed, string> = { instant: 'Instant', fast: 'Fast', normal: 'Normal', slow: 'Slow' };
const NO_FACTIONS: string[] = [];
const NO_LANGUAGES: string[] = [];

/** `fr` -> `French (fr)`, in the page's own language; the bare tag where the browser cannot name it. */
function languageLabel(tag: string): string {
  try {
    const name = new Intl.DisplayNames(undefined, { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
/** Faction, seed and the buttons that drive the run: play, step, auto-play, play from here, save and replay. */
export function RunControls() {
  const { ctx, preview } = useServices();
  const host = ctx.host;
  const p = preview.getState();
  const factions = usePreview((s) => s.mission?.meta.factions ?? NO_FACTIONS);
  const faction = usePreview((s) => s.faction ?? s.mission?.meta.factions[0] ?? '');
  const seed = usePreview((s) => s.seed);
  const languages = usePreview((s) => s.mission?.meta.languages ?? NO_LANGUAGES);
  const language = usePreview((s) => s.language);
  const canStepBack = usePreview((s) => (s.session?.actions.length ?? 0) > 0);
  const canStepForward = usePreview((s) => (s.session?.redo.length ?? 0) > 0);
  const hasRun = usePreview((s) => s.session !== null);
  const running = usePreview((s) => s.autoRunning);
  const policy = usePreview((s) => s.autoPolicy);
  const speed = usePreview((s) => s.autoSpeed);
  const analysis = usePreview((s) => s.analysis);
  const coverage = usePreview((s) => s.showCoverage);
  const follow = usePreview((s) => s.follow);
  const unsavable = usePreview((s) => unsavableReason(s.session));
  const selected = useUi((s) => s.selection.nodeIds[0] ?? null);
  const breakpointHere = usePreview((s) => selected !== null && s.breakpoints.includes(selected));
  const [seedText, setSeedText] = useState<string | null>(null);

  const save = async () => {
    const { mission, session } = preview.getState();
    if (!mission || !session) return;
    try {
      const file = playthroughFile(mission, session);
      const saved = await host.saveFile(file);
      if (saved) ctx.notify(`Saved the run as ${saved.name}`);
    } catch (error) {
      ctx.notify(`Could not save the run: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const replay = async () => {
    const doc = await host.openFile();
    const mission = preview.getState().mission;
    if (!doc || !mission) return;
    const loaded = loadPlaythrough(mission, doc.text);
    if (!loaded.ok) return preview.getState().setNotice({ text: loaded.message, tone: 'warning' });
    const d = loaded.difference;
    const text = d
      ? `Replay of ${doc.name} differs: ${d.message}${d.at === 'end' ? ` (expected ${d.expected}, got ${d.actual})` : ''}`
      : `Replay of ${doc.name} matches: same ending, variables and transcript.`;
    preview.getState().adoptSession(loaded.session, { text, tone: d ? 'warning' : 'info' });
  };

  return (
    <div className="run-controls">
      <div className="run-row">
        <label>
          Faction{' '}
          <select value={faction} onChange={(e) => p.setFaction(e.target.value)}>
            {factions.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          Seed{' '}
          <input
            className="seed-input"
            type="number"
            step={1}
            value={seedText ?? String(seed)}
            onChange={(e) => {
              setSeedText(e.target.value);
              if (e.target.value.trim() !== '' && Number.isFinite(Number(e.target.value))) p.setSeed(Number(e.target.value));
            }}
            onBlur={() => setSeedText(null)}
          />
        </label>
        {languages.length > 1 && (
          <label>
            Language{' '}
            <select
              value={languages.includes(language ?? '') ? (language as string) : languages[0]}
              onChange={(e) => p.setLanguage(e.target.value === languages[0] ? null : e.target.value)}
            >
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageLabel(l)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="primary" onClick={() => p.play()} title="Play (F5)">
          Play
        </button>
        <button type="button" disabled={!hasRun} onClick={() => p.restart()}>
          Restart
        </button>
        <button type="button" disabled={!canStepBack} onClick={() => p.stepBack()} title="Step back (Shift+F5)">
          Step back
        </button>
        <button type="button" disabled={!canStepForward} onClick={() => p.stepForward()}>
          Step forward
        </button>
      </div>
      <div className="run-row">
        {running ? (
          <button type="button" onClick={() => p.stopAuto()}>
            Stop
          </button>
        ) : (
          <button type="button" onClick={() => p.startAuto()}>
            Auto-play
          </button>
        )}
        <label>
          Policy{' '}
          <select value={policy} onChange={(e) => p.setAutoPolicy(e.target.value as AutoPolicy)}>
            <option value="first">First choice</option>
            <option value="random">Random</option>
          </select>
        </label>
        <label>
          Speed{' '}
          <select value={speed} onChange={(e) => p.setAutoSpeed(e.target.value as AutoSpeed)}>
            {(Object.keys(AUTO_SPEEDS) as AutoSpeed[]).map((s) => (
              <option key={s} value={s}>
                {SPEED_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="run-row">
        <label>
          <input type="checkbox" checked={analysis} onChange={(e) => p.setAnalysis(e.target.checked)} /> Analysis mode
        </label>
        <label>
          <input type="checkbox" checked={coverage} onChange={(e) => p.setShowCoverage(e.target.checked)} /> Coverage
        </label>
        <label>
          <input type="checkbox" checked={follow} onChange={(e) => p.setFollow(e.target.checked)} /> Follow in graph
        </label>
      </div>
      <div className="run-row">
        <button
          type="button"
          disabled={selected === null}
          onClick={() => selected !== null && void playFromHere(preview, selected)}
          title={selected === null ? 'Select a node in the graph first' : undefined}
        >
          Play from here
        </button>
        <button
          type="button"
          disabled={selected === null}
          aria-pressed={breakpointHere}
          onClick={() => selected !== null && p.toggleBreakpoint(selected)}
          title="Toggle breakpoint on the selected node (F9)"
        >
          Breakpoint
        </button>
        <button
          type="button"
          disabled={unsavable !== null}
          title={unsavable ?? 'Save the run as a .playthrough.json file'}
          onClick={() => void save()}
        >
          Export run…
        </button>
        <button type="button" onClick={() => void replay()} title="Open a .playthrough.json and replay it here">
          Replay playthrough…
        </button>
      </div>
    </div>
  );
}
