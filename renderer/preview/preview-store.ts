/**
 * The preview pane's state: the run (a `RunSession`), its settings, breakpoints, coverage across this
 * window's runs and auto-play. A zustand vanilla store beside the editor's; actions call the pure view-model
 * functions, which call core/engine.
 */
import { createStore } from 'zustand/vanilla';
import type { Input } from '@mission-studio/core/engine';
import type { Mission, Value } from '@mission-studio/core/format';
import { autoPlayStep, runAutoPlay, type AutoPolicy, type AutoStop } from './auto-play';
import type { FromHerePlan } from './play-from-here';
import { act, currentState, replaySession, startSession, stepBack, stepForward, type RunAction, type RunSession } from './run-session';

/** How fast auto-play goes: milliseconds between steps (0: as fast as the page can paint). */
export const AUTO_SPEEDS = { instant: 0, fast: 60, normal: 300, slow: 900 } as const;
export type AutoSpeed = keyof typeof AUTO_SPEEDS;

/** A line above the controls: a breakpoint reached, an input refused, a replay that diverged. */
export interface PreviewNotice {
  text: string;
  tone: 'info' | 'warning';
}

/** "Play from here" in progress: searching for a way in, the plan to edit, or why there is none. */
export type FromHere =
  | { nodeId: string; status: 'searching' }
  | { nodeId: string; status: 'ready'; plan: FromHerePlan }
  | { nodeId: string; status: 'failed'; error: string };

export interface PreviewState {
  /** The mission the run's states belong to (the editor's current mission once the pane has seen it). */
  mission: Mission | null;
  /** The faction Play starts with; null means the mission's first. */
  faction: string | null;
  seed: number;
  /** The language the run's text is shown in; null: the mission's source language. */
  language: string | null;
  session: RunSession | null;
  analysis: boolean;
  breakpoints: readonly string[];
  showCoverage: boolean;
  /** Keep the run's current node in view on the canvas. */
  follow: boolean;
  /** Visits per node summed over this window's earlier runs (the current run is added when it is replaced). */
  pastVisits: Readonly<Record<string, number>>;
  autoPolicy: AutoPolicy;
  autoSpeed: AutoSpeed;
  autoRunning: boolean;
  notice: PreviewNotice | null;
  fromHere: FromHere | null;
}

export interface PreviewActions {
  setMission(mission: Mission | null): void;
  setFaction(faction: string): void;
  setSeed(seed: number): void;
  /** Shows the run in another of the mission's languages (the run itself is unchanged). */
  setLanguage(language: string | null): void;
  /** Starts a new run with the chosen faction and seed. */
  play(): void;
  restart(): void;
  take(input: Input): void;
  /** Sets a variable in the middle of the run (recorded as an override action). */
  override(variable: string, value: Value): void;
  stepBack(): void;
  stepForward(): void;
  setAnalysis(on: boolean): void;
  toggleBreakpoint(nodeId: string): void;
  setShowCoverage(on: boolean): void;
  setFollow(on: boolean): void;
  /** Puts a run made elsewhere (a replayed playthrough) in the pane, with a line about it. */
  adoptSession(session: RunSession, notice: PreviewNotice | null): void;
  setAutoPolicy(policy: AutoPolicy): void;
  setAutoSpeed(speed: AutoSpeed): void;
  startAuto(): void;
  stopAuto(): void;
  /** One auto-play tick (the whole way at `instant` speed, up to a cap); returns whether auto-play goes on. */
  autoTick(): boolean;
  setFromHere(fromHere: FromHere | null): void;
  /** Edits a variable of the "play from here" plan before starting. */
  editFromHere(variable: string, value: Value): void;
  /** Starts the run at the plan's node with its (edited) variables. */
  startFromHere(): void;
  setNotice(notice: PreviewNotice | null): void;
}

export type PreviewStore = ReturnType<typeof createPreviewStore>;

/** Most steps one instant auto-play tick takes, so Stop stays responsive and a loop cannot hang the page. */
const INSTANT_CHUNK = 500;
/** Most steps one auto-play takes in all before it gives up (a loop the policy never leaves). */
export const AUTO_LIMIT = 5000;

function addVisits(into: Readonly<Record<string, number>>, session: RunSession | null): Readonly<Record<string, number>> {
  if (!session) return into;
  const out = { ...into };
  for (const [id, count] of Object.entries(currentState(session).visits)) out[id] = (out[id] ?? 0) + count;
  return out;
}

function stopText(stop: AutoStop, mission: Mission | null): PreviewNotice | null {
  const title = (id: string) => mission?.nodes.find((n) => n.id === id)?.title ?? id;
  switch (stop.reason) {
    case 'breakpoint':
      return { text: `Paused at breakpoint: ${title(stop.nodeId)}`, tone: 'info' };
    case 'ended':
      return null;
    case 'stopped':
      return { text: `Auto-play stopped: ${stop.message}`, tone: 'warning' };
    case 'limit':
      return { text: `Auto-play stopped after ${AUTO_LIMIT} steps (a loop?)`, tone: 'warning' };
  }
}

/** Creates a preview store (one per window; tests make their own). */
export function createPreviewStore() {
  return createStore<PreviewState & PreviewActions>()((set, get) => {
    let autoSteps = 0;
    /** Replaces the run, folding the old one's visits into the coverage. */
    const replaceSession = (session: RunSession | null, extra: Partial<PreviewState> = {}) => {
      const s = get();
      set({ session, pastVisits: addVisits(s.pastVisits, s.session), autoRunning: false, notice: null, ...extra });
    };
    const takeAction = (action: RunAction) => {
      const { mission, session } = get();
      if (!mission || !session) return;
      const step = act(mission, session, action);
      if (step.refused !== null) set({ notice: { text: `Refused: ${step.refused}`, tone: 'warning' } });
      else set({ session: step.session, notice: null });
    };
    const factionOf = (s: PreviewState) => s.faction ?? s.mission?.meta.factions[0] ?? 'any';
    return {
      mission: null,
      faction: null,
      seed: 1,
      language: null,
      session: null,
      analysis: false,
      breakpoints: [],
      showCoverage: false,
      follow: true,
      pastVisits: {},
      autoPolicy: 'first',
      autoSpeed: 'fast',
      autoRunning: false,
      notice: null,
      fromHere: null,

      setMission(mission) {
        const s = get();
        if (mission === s.mission) return;
        if (!mission || !s.session || !s.mission || mission.meta.id !== s.mission.meta.id) {
          // Another mission altogether: the old run means nothing there.
          const faction = mission && s.faction !== null && mission.meta.factions.includes(s.faction) ? s.faction : null;
          return replaceSession(null, { mission, faction, fromHere: null });
        }
        const session = replaySession(mission, s.session);
        const d = session.divergence;
        const notice: PreviewNotice | null = d
          ? { text: `The edit changed the run: input ${d.index + 1} ("${d.label}") no longer applies: ${d.reason}.`, tone: 'warning' }
          : null;
        set({ mission, session, notice, autoRunning: s.autoRunning && d === null });
      },
      setFaction: (faction) => set({ faction }),
      setLanguage: (language) => set({ language }),
      setSeed: (seed) => set({ seed: Number.isFinite(seed) ? Math.trunc(seed) : 1 }),
      play() {
        const s = get();
        if (!s.mission) return;
        replaceSession(startSession(s.mission, { faction: factionOf(s), seed: s.seed }), { fromHere: null });
      },
      restart() {
        const { mission, session } = get();
        if (!mission) return;
        if (!session) return get().play();
        replaceSession(startSession(mission, session.options));
      },
      take: (input) => takeAction({ kind: 'input', input }),
      override: (variable, value) => takeAction({ kind: 'override', values: { [variable]: value } }),
      stepBack() {
        const { session } = get();
        if (session) set({ session: stepBack(session), notice: null, autoRunning: false });
      },
      stepForward() {
        const { mission, session } = get();
        if (!mission || !session) return;
        const step = stepForward(mission, session);
        set({
          session: step.session,
          notice:
            step.refused !== null && session.redo.length > 0 ? { text: `Cannot step forward: ${step.refused}`, tone: 'warning' } : null,
        });
      },
      setAnalysis: (analysis) => set({ analysis }),
      toggleBreakpoint(nodeId) {
        const { breakpoints } = get();
        set({ breakpoints: breakpoints.includes(nodeId) ? breakpoints.filter((id) => id !== nodeId) : [...breakpoints, nodeId] });
      },
      setShowCoverage: (showCoverage) => set({ showCoverage }),
      setFollow: (follow) => set({ follow }),
      adoptSession: (session, notice) => replaceSession(session, { notice, fromHere: null }),
      setAutoPolicy: (autoPolicy) => set({ autoPolicy }),
      setAutoSpeed: (autoSpeed) => set({ autoSpeed }),
      startAuto() {
        const s = get();
        if (!s.mission) return;
        if (!s.session || currentState(s.session).status !== 'awaiting-input') get().play();
        autoSteps = 0;
        set({ autoRunning: true, notice: null });
      },
      stopAuto: () => set({ autoRunning: false }),
      autoTick() {
        const s = get();
        if (!s.autoRunning || !s.mission || !s.session) return false;
        const breakpoints = new Set(s.breakpoints);
        const chunk = s.autoSpeed === 'instant' ? Math.min(INSTANT_CHUNK, AUTO_LIMIT - autoSteps) : 1;
        let session: RunSession;
        let stop: AutoStop | null;
        if (chunk <= 0) {
          session = s.session;
          stop = { reason: 'limit' };
        } else if (chunk === 1) {
          ({ session, stop } = autoPlayStep(s.mission, s.session, s.autoPolicy, breakpoints));
          autoSteps++;
        } else {
          const played = runAutoPlay(s.mission, s.session, { policy: s.autoPolicy, breakpoints, maxSteps: chunk });
          session = played.session;
          autoSteps += played.steps;
          stop = played.stop.reason === 'limit' ? (autoSteps >= AUTO_LIMIT ? played.stop : null) : played.stop;
        }
        if (stop === null && autoSteps >= AUTO_LIMIT) stop = { reason: 'limit' };
        set({ session, autoRunning: stop === null, notice: stop ? stopText(stop, s.mission) : null });
        return stop === null;
      },
      setFromHere: (fromHere) => set({ fromHere }),
      editFromHere(variable, value) {
        const { fromHere } = get();
        if (fromHere?.status !== 'ready') return;
        set({ fromHere: { ...fromHere, plan: { ...fromHere.plan, variables: { ...fromHere.plan.variables, [variable]: value } } } });
      },
      startFromHere() {
        const { mission, fromHere, seed } = get();
        if (!mission || fromHere?.status !== 'ready') return;
        const { plan } = fromHere;
        replaceSession(startSession(mission, { faction: plan.faction, seed, at: plan.nodeId, variables: plan.variables }), {
          fromHere: null,
        });
      },
      setNotice: (notice) => set({ notice }),
    };
  });
}
