/**
 * A run being played: the header (language, Step back, Restart), the transcript, and the current step's panel.
 * Every action first keeps `run.save()` and the transcript's length, so Step back restores the run as it was
 * (restoreRun) and cuts the transcript back to match.
 */
import {
  createRun,
  restoreRun,
  type ChoiceView,
  type FightView,
  type RoundView,
  type Run,
  type RunSave,
  type RuntimeFile,
  type Step,
} from '@mission-studio/core/runtime';
import { h, replaceChildren, select } from './dom';
import { fightPanel } from './fight-panel';
import { choicePanel, endingPanel, errorPanel, objectivePanel } from './step-panel';
import type { StartSettings } from './title-screen';
import { Transcript } from './transcript';
import { isUntranslated, languageName, textOf } from './words';

interface Snapshot {
  save: RunSave;
  transcriptLength: number;
  /** The rounds of the fight in progress: a save holds the fight's state, not what was said about it. */
  rounds: RoundView[];
}

/** The run view; `playAgain` goes back to the title screen. */
export class PlayView {
  readonly element: HTMLElement;
  private run!: Run;
  private language: string;
  private readonly transcript = new Transcript((id) => isUntranslated(this.file, this.language, id));
  private readonly stage = h('div', { class: 'stage' });
  private readonly body: HTMLElement;
  private readonly back = h(
    'button',
    { attrs: { type: 'button', title: 'Undo your last choice or action' }, on: { click: () => this.stepBack() } },
    'Step back',
  );
  private history: Snapshot[] = [];
  private rounds: RoundView[] = [];
  /** The fight on screen, kept for its outcome once the run has moved past it. */
  private fight: FightView | null = null;
  /** A fight just decided, shown until the player goes on. */
  private decided: { fight: FightView; outcome: 'victory' | 'defeat' } | null = null;

  constructor(
    private readonly file: RuntimeFile,
    private readonly settings: StartSettings,
    private readonly playAgain: () => void,
  ) {
    this.language = settings.language;
    const title = h('p', { class: 'run-title' }, this.text(file.mission.title));
    const tools = h('div', { class: 'run-tools' });
    if (file.languages.length > 1) {
      const picker = select(
        'play-language',
        file.languages.map((l) => [l, languageName(l)] as const),
        this.language,
      );
      picker.addEventListener('change', () => {
        this.setLanguage(picker.value);
        replaceChildren(title, this.text(file.mission.title));
        document.title = this.text(file.mission.title);
      });
      tools.append(h('label', { attrs: { for: 'play-language' } }, 'Language'), picker);
    }
    tools.append(
      this.back,
      h(
        'button',
        { attrs: { type: 'button', title: 'Start this run over with the same faction and seed' }, on: { click: () => this.start() } },
        'Restart',
      ),
    );
    this.element = h(
      'div',
      { class: 'run' },
      h('header', { class: 'run-header' }, title, tools),
      h('main', { class: 'run-body' }, this.transcript.element, this.stage),
    );
    this.body = this.element.lastElementChild as HTMLElement;
    this.start();
  }

  private text = (id: string): string => textOf(this.file, this.language, id);

  private start(): void {
    const { faction, seed } = this.settings;
    this.use(createRun(this.file, { faction, seed, language: this.language }));
    this.history = [];
    this.rounds = [];
    this.transcript.clear();
    this.show(this.run.step, true, true);
  }

  private use(run: Run): void {
    this.run = run;
    run.on('round', (round) => this.rounds.push(round));
  }

  /** Takes one action on the run, keeping what Step back needs first. */
  private act(action: () => Step, echo?: () => void): void {
    this.history.push({ save: this.run.save(), transcriptLength: this.transcript.length, rounds: [...this.rounds] });
    echo?.();
    let step: Step;
    try {
      step = action();
    } catch (error) {
      // The run refused and stays where it was: take the echo back and say why where the controls were.
      this.transcript.trim(this.history.pop()?.transcriptLength ?? this.transcript.length);
      replaceChildren(this.stage, errorPanel(error instanceof Error ? error.message : String(error)));
      return;
    }
    const last = this.rounds.at(-1);
    if (last?.outcome && this.fight) this.showOutcome(this.fight, last.outcome, step, true);
    else this.show(step, true, true);
  }

  private stepBack(): void {
    const snapshot = this.history.pop();
    if (!snapshot) return;
    const { run } = restoreRun(this.file, snapshot.save);
    // The save holds the language of its time; the player may have switched since.
    if (run.language !== this.language) run.setLanguage(this.language);
    this.use(run);
    this.transcript.trim(snapshot.transcriptLength);
    this.rounds = [...snapshot.rounds];
    this.show(run.step, false, true);
  }

  private setLanguage(language: string): void {
    this.language = language;
    document.documentElement.lang = language;
    this.transcript.relabel(this.text);
    const step = this.run.setLanguage(language);
    if (this.decided) this.showOutcome(this.decided.fight, this.decided.outcome, step, false);
    else this.show(step, false, false);
  }

  private show(step: Step, withLines: boolean, focus: boolean): void {
    if (withLines)
      for (const line of step.lines) this.transcript.line(line, line.speaker ? (this.file.cast[line.speaker.id]?.name ?? null) : null);
    if (step.kind !== 'combat') this.rounds = [];
    this.decided = null;
    this.fight = step.kind === 'combat' ? step.fight : null;
    replaceChildren(this.stage, this.panel(step));
    this.body.classList.toggle('fighting', step.kind === 'combat');
    // After the layout change: a fight narrows the transcript.
    this.transcript.scrollToEnd();
    this.back.disabled = this.history.length === 0;
    if (focus) this.focus();
  }

  /** Puts the keyboard on the first thing to do now (once the view is on the page). */
  focus(): void {
    this.stage.querySelector<HTMLElement>('button:not([disabled])')?.focus();
  }

  private panel(step: Step): HTMLElement {
    switch (step.kind) {
      case 'choice':
        return choicePanel(step, (choice: ChoiceView) =>
          this.act(
            () => this.run.choose(choice.id),
            () => this.transcript.choice(choice.textId, choice.text),
          ),
        );
      case 'objective':
        return objectivePanel(step, () =>
          this.act(
            () => this.run.resolve('done'),
            () => this.transcript.objective(step.objective.textId, step.objective.text),
          ),
        );
      case 'combat':
        return fightPanel(
          { fight: step.fight, rounds: this.rounds, outcome: null, unitName: this.unitName },
          {
            round: (stance) => this.act(() => this.run.fightRound(stance)),
            autoResolve: () => this.act(() => this.run.autoResolve()),
            goOn: () => undefined,
          },
        );
      case 'end':
        return endingPanel(step, this.playAgain);
      case 'error':
        return errorPanel(step.message);
    }
  }

  /** A fight just decided: its outcome on the fight panel, then on to `next` when the player goes on. */
  private showOutcome(fight: FightView, outcome: 'victory' | 'defeat', next: Step, focus: boolean): void {
    const rounds = this.rounds;
    const goOn = () => {
      this.transcript.fight(fight.location?.name ?? null, outcome, rounds);
      this.rounds = [];
      this.show(next, true, true);
    };
    this.decided = { fight, outcome };
    replaceChildren(
      this.stage,
      fightPanel({ fight, rounds, outcome, unitName: this.unitName }, { round: () => undefined, autoResolve: () => undefined, goOn }),
    );
    this.back.disabled = false;
    if (focus) this.focus();
  }

  private unitName = (unit: string): string =>
    Object.hasOwn(this.file.units, unit) ? this.text((this.file.units[unit] as { name: string }).name) : unit;
}
