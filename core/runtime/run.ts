/**
 * A run of a runtime file: the pull-style loop a game drives (`step`, `choose`, `resolve`), hand-offs it owns,
 * observers, and saves. Every rule is the simulator's (core/engine/simulator): this class only keeps the
 * current state, turns it into views in the run's language, and tells observers what changed.
 */
import type { Input } from '../engine/compile/inputs';
import { advance } from '../engine/simulator/advance';
import type { RunEvent, RunState } from '../engine/simulator/run-state.types';
import type { Mission } from '../format/mission.types';
import type { RuntimeFile } from './runtime-file.types';
import { linesOf, roundView, StringTable, stepView } from './step-view';
import {
  RUNTIME_SAVE_FORMAT,
  type FightOutcome,
  type HandOffs,
  type Line,
  type RunEvents,
  type RunSave,
  type Stance,
  type Step,
} from './runtime.types';

/** A call the run refuses (a choice that is not on offer, a hand-off answered twice, an unknown language). */
export class RunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunError';
  }
}

type Listeners = { [K in keyof RunEvents]: Set<RunEvents[K]> };

/** A run in progress. Create one with `createRun` or `restoreRun`. */
export class Run {
  private state: RunState;
  private strings: StringTable;
  private current: Step;
  private busy = false;
  private readonly listeners: Listeners = { variable: new Set(), line: new Set(), step: new Set(), round: new Set() };
  private engineListener: ((input: Input, events: readonly RunEvent[]) => void) | null = null;
  /** @internal The engine events of the run's start (for transcripts in tests and tools). */
  readonly startEvents: readonly RunEvent[];

  /** @internal Use createRun or restoreRun. */
  constructor(
    private readonly file: RuntimeFile,
    private readonly mission: Mission,
    state: RunState,
    language: string,
    private readonly handOffs: HandOffs = {},
  ) {
    this.strings = new StringTable(file, language);
    this.startEvents = state.events;
    this.state = { ...state, events: [] };
    this.current = stepView(file, this.strings, this.state, linesOf(file, this.strings, state.events));
  }

  /** Where the run stands: what to show, and what the game may do next. Reading it never changes the run. */
  get step(): Step {
    return this.current;
  }

  /** The mission's variables now, by name (a copy: changing it changes nothing). */
  get variables(): Readonly<Record<string, boolean | number | string>> {
    return Object.freeze({ ...this.state.variables });
  }

  /** The objectives the run has started, with their state. */
  get objectives(): ReadonlyArray<{ nodeId: string; text: string; optional: boolean; status: 'active' | 'done' }> {
    return this.state.objectives.map((o) => {
      const node = this.file.nodes[o.nodeId];
      return {
        nodeId: o.nodeId,
        text: node?.type === 'objective' ? this.strings.text(node.text) : o.text,
        optional: o.optional,
        status: o.status,
      };
    });
  }

  get language(): string {
    return this.strings.language;
  }

  /** Shows the run in another of the file's languages from now on (the current step is shown again in it). */
  setLanguage(language: string): Step {
    if (!this.file.languages.includes(language))
      throw new RunError(`the mission has no "${language}" strings (it has ${this.file.languages.join(', ')})`);
    this.strings = new StringTable(this.file, language);
    this.current = stepView(
      this.file,
      this.strings,
      this.state,
      this.current.lines.map((l) => this.relabel(l)),
    );
    return this.current;
  }

  /** Takes a choice of a dialog or an option of a hub (`continue` for the hub's way on). */
  choose(id: string): Step {
    const step = this.ready('choice');
    const choice = step.choices.find((c) => c.id === id);
    if (!choice)
      throw new RunError(`there is no choice "${id}" at "${step.nodeId}" (there are: ${step.choices.map((c) => c.id).join(', ')})`);
    if (!choice.available) throw new RunError(`the choice "${id}" is not available: ${choice.reason ?? 'its condition does not hold'}`);
    return this.take(
      step.node === 'dialog' ? { kind: 'choice', nodeId: step.nodeId, choiceId: id } : { kind: 'hub', nodeId: step.nodeId, optionId: id },
    );
  }

  /** Answers the hand-off the run waits on: a fight's outcome, or `done` for an objective. */
  resolve(value: FightOutcome | 'done'): Step {
    const step = this.current;
    if (step.kind === 'combat') {
      if (value !== 'victory' && value !== 'defeat')
        throw new RunError(`a fight resolves to "victory" or "defeat", not ${JSON.stringify(value)}`);
      return this.take({ kind: 'combat-force', nodeId: step.nodeId, outcome: value });
    }
    if (step.kind === 'objective') {
      if (value !== 'done') throw new RunError(`an objective resolves to "done", not ${JSON.stringify(value)}`);
      return this.take({ kind: 'objective', nodeId: step.nodeId });
    }
    throw new RunError(`the run waits on no hand-off (it is at a ${step.kind} step)`);
  }

  /** Plays one round of the fight with the built-in seeded combat stub, in the given stance. */
  fightRound(stance: Stance): Step {
    const step = this.ready('combat');
    return this.take({ kind: 'combat', nodeId: step.nodeId, stance });
  }

  /** Lets the built-in seeded combat stub fight the rest of the fight (only ever when the game asks). */
  autoResolve(): Step {
    const step = this.ready('combat');
    return this.take({ kind: 'combat-auto', nodeId: step.nodeId });
  }

  /**
   * Answers hand-offs with the handlers given to createRun, awaiting each, until the run waits for a choice,
   * ends, or meets a hand-off it has no handler for. The run refuses other calls while a handler runs.
   */
  async settle(): Promise<Step> {
    for (;;) {
      const step = this.current;
      let answer: FightOutcome | 'done';
      if (step.kind === 'combat' && this.handOffs.combat) {
        const handler = this.handOffs.combat;
        answer = await this.whileBusy(() => handler(step.fight, step.nodeId));
      } else if (step.kind === 'objective' && this.handOffs.objective) {
        const handler = this.handOffs.objective;
        await this.whileBusy(() => handler(step.objective, step.nodeId));
        answer = 'done';
      } else {
        return step;
      }
      this.resolve(answer);
    }
  }

  /** Listens to a run event; returns the function that stops listening. */
  on<K extends keyof RunEvents>(event: K, listener: RunEvents[K]): () => void {
    const set = this.listeners[event] as Set<RunEvents[K]>;
    set.add(listener);
    return () => set.delete(listener);
  }

  /** The whole run as plain JSON, for a save game (see restoreRun). */
  save(): RunSave {
    const s = this.state;
    return {
      format: RUNTIME_SAVE_FORMAT,
      mission: this.file.mission.id,
      version: this.file.version,
      faction: s.faction,
      seed: s.seed,
      language: this.language,
      state: {
        status: s.status,
        nodeId: s.nodeId,
        variables: { ...s.variables },
        visits: { ...s.visits },
        usedOnce: [...s.usedOnce],
        objectives: s.objectives.map((o) => ({ nodeId: o.nodeId, optional: o.optional, status: o.status })),
        combat: s.combat,
        inputs: [...s.inputs],
        error: s.error?.message ?? null,
      },
    };
  }

  /** @internal The engine state (for tests and tools). */
  engineState(): RunState {
    return this.state;
  }

  /** @internal Hears each input and the engine events it caused (for transcripts in tests and tools). */
  onEngineEvents(listener: ((input: Input, events: readonly RunEvent[]) => void) | null): void {
    this.engineListener = listener;
  }

  private ready<K extends Step['kind']>(kind: K): Extract<Step, { kind: K }> {
    if (this.busy) throw new RunError('a hand-off is still being answered');
    const step = this.current;
    if (step.kind !== kind) throw new RunError(`the run is at a ${step.kind} step, not a ${kind} step`);
    return step as Extract<Step, { kind: K }>;
  }

  private async whileBusy<T>(work: () => T | Promise<T>): Promise<T> {
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }

  private take(input: Input): Step {
    if (this.busy) throw new RunError('a hand-off is still being answered');
    const result = advance(this.mission, this.state, input);
    const refused = result.state === this.state ? result.events.find((e) => e.type === 'error') : undefined;
    if (refused?.type === 'error') throw new RunError(refused.message);
    this.state = { ...result.state, events: [] };
    this.engineListener?.(input, result.events);
    const lines = linesOf(this.file, this.strings, result.events);
    this.current = stepView(this.file, this.strings, this.state, lines);
    this.tell(result.events, lines);
    return this.current;
  }

  private tell(events: readonly RunEvent[], lines: readonly Line[]): void {
    for (const e of events) {
      if (e.type === 'effect' && e.before !== e.after) for (const l of this.listeners.variable) l(e.variable, e.after, e.before);
      // Built only when someone listens: a game that stages its own fights pays nothing for the stub's rounds.
      if (e.type === 'combat-round' && this.listeners.round.size > 0) {
        const round = roundView(this.file, this.strings, e.nodeId, e.report);
        for (const l of this.listeners.round) l(round);
      }
    }
    for (const line of lines) for (const l of this.listeners.line) l(line);
    for (const l of this.listeners.step) l(this.current);
  }

  private relabel(line: Line): Line {
    const { text, fallback } = this.strings.lookup(line.id);
    const speaker =
      line.speaker && Object.hasOwn(this.file.cast, line.speaker.id)
        ? { id: line.speaker.id, name: this.strings.text((this.file.cast[line.speaker.id] as { name: string }).name) }
        : line.speaker;
    return { id: line.id, text, speaker, ...(fallback ? { fallback: true as const } : {}) };
  }
}
