/**
 * The public types of `mission-studio/runtime`: what a game sees of a run. Self-contained (they import only the
 * file format's types), because they are the package's published declarations.
 */
import type { RuntimeCombatGoal, RuntimeValue } from './runtime-file.types';

/** The save format id `save()` writes and `restoreRun` reads. */
export const RUNTIME_SAVE_FORMAT = 'mission-studio-runtime-save/1';

/** How a fight goes this round: the player's stance. */
export type Stance = 'attack' | 'defend' | 'evasive';

/** The outcome a game hands back for a fight. */
export type FightOutcome = 'victory' | 'defeat';

/** Who says a line: a cast member (id and name in the run's language), or null for the narrator. */
export interface Speaker {
  id: string;
  name: string;
}

/** A line to show or play: its stable id (voice files and translations use it), text, and speaker. */
export interface Line {
  id: string;
  text: string;
  speaker: Speaker | null;
  /** True when the run's language lacks this string and the source language's text is shown. */
  fallback?: true;
}

/** One choice of a dialog, or one option of a hub (its `continue` included, with id `continue`). */
export interface ChoiceView {
  id: string;
  /** The string id of its text. */
  textId: string;
  text: string;
  /** False when its condition does not hold now; `reason` then says what it needs. */
  available: boolean;
  reason?: string;
  /** A hub option that vanishes once taken. */
  once?: true;
  fallback?: true;
}

/** A combatant as the game draws it. */
export interface CombatantView {
  /** Unique in the fight, e.g. `uss-fletcher#1`. */
  key: string;
  /** The unit id it was built from. */
  unit: string;
  /** The unit's name in the run's language, numbered when the fight has several. */
  name: string;
  side: 'ally' | 'enemy';
  wave: number;
  hull: number;
  maxHull: number;
  shields: number;
  maxShields: number;
  alive: boolean;
}

/** A fight the game owns: everything it needs to stage it, and where it stands. */
export interface FightView {
  mode: 'ground' | 'space';
  /** The location's id and name in the run's language, when the mission names one. */
  location?: { id: string; name: string };
  goal: RuntimeCombatGoal;
  roundLimit: number;
  /** Rounds played so far with the built-in combat stub (0 when the game fights it itself). */
  round: number;
  /** The enemy wave on the field. */
  wave: number;
  allies: CombatantView[];
  /** Every wave: later waves wait at full strength until they arrive. */
  enemies: CombatantView[];
}

/** One shot of a round of the built-in combat stub; names are the combatants' names in the run's language. */
export interface ShotView {
  /** Combatant keys, as in CombatantView. */
  attacker: string;
  target: string;
  attackerName: string;
  targetName: string;
  hit: boolean;
  /** What the hull lost, and what the shields absorbed (both 0 on a miss). */
  damage: number;
  shieldDamage: number;
  destroyed: boolean;
}

/** A round the built-in combat stub played (one per round, also under autoResolve), and the bars after it. */
export interface RoundView {
  nodeId: string;
  round: number;
  stance: Stance;
  shots: ShotView[];
  /** The enemy wave that arrived at the end of the round, if one did. */
  waveArrived?: number;
  /** Set on the round that decided the fight. */
  outcome: FightOutcome | null;
  allies: CombatantView[];
  enemies: CombatantView[];
}

/** An objective the game tracks until it says it is done. */
export interface ObjectiveView {
  kind: 'talk' | 'goto' | 'interact' | 'escort' | 'defend';
  textId: string;
  text: string;
  optional: boolean;
  location?: { id: string; name: string };
  /** A cast or unit id. */
  target?: string;
}

interface StepBase<K extends string> {
  kind: K;
  /** The node the run stands at (null only when the run could not start). */
  nodeId: string | null;
  /** The lines spoken since the previous step, in order. */
  lines: Line[];
}

/** Where a run stands: what the game shows now and what it may do. */
export type Step =
  | (StepBase<'choice'> & { nodeId: string; node: 'dialog' | 'hub'; speaker: Speaker | null; choices: ChoiceView[] })
  | (StepBase<'objective'> & { nodeId: string; objective: ObjectiveView })
  | (StepBase<'combat'> & { nodeId: string; fight: FightView })
  | (StepBase<'end'> & { nodeId: string; outcome: 'success' | 'failure'; textId: string; text: string })
  | (StepBase<'error'> & { message: string });

/** Hand-offs the game performs and answers; a handler may be async. */
export interface HandOffs {
  /** Fight the fight (or ask the player to); the value goes back into the mission. */
  combat?: (fight: FightView, nodeId: string) => FightOutcome | Promise<FightOutcome>;
  /** Resolves when the player has done the objective. */
  objective?: (objective: ObjectiveView, nodeId: string) => unknown;
}

/** How to start a run. */
export interface RunOptions {
  faction: string;
  /** Seeds the built-in combat stub (default 1): same mission, faction, seed and inputs, same run. */
  seed?: number;
  /** One of the file's `languages` (default: its source language). */
  language?: string;
  handOffs?: HandOffs;
}

/** What observers are told. */
export interface RunEvents {
  /** A variable changed: its name, new value and the value before. */
  variable: (name: string, value: RuntimeValue, previous: RuntimeValue) => void;
  /** A line was spoken (also in `step.lines`). */
  line: (line: Line) => void;
  /** The run moved to a new step. */
  step: (step: Step) => void;
  /** The built-in combat stub played a round (fightRound, or each round of autoResolve), before the step that follows. */
  round: (round: RoundView) => void;
}

/** A run's whole state as plain JSON, for a save game. */
export interface RunSave {
  format: typeof RUNTIME_SAVE_FORMAT;
  mission: string;
  /** The runtime file's `version` the save was made with. */
  version: string;
  faction: string;
  seed: number;
  language: string;
  state: {
    status: 'awaiting-input' | 'ended' | 'error';
    nodeId: string | null;
    variables: Record<string, RuntimeValue>;
    visits: Record<string, number>;
    /** `hubId/optionId` of each once-option taken. */
    usedOnce: string[];
    objectives: Array<{ nodeId: string; optional: boolean; status: 'active' | 'done' }>;
    /** The built-in combat stub's fight in progress, if any (opaque to games). */
    combat: unknown;
    /** Every input taken so far, in order. */
    inputs: unknown[];
    error: string | null;
  };
}

/** What `restoreRun` could not carry over from a save made with another version of the mission. */
export interface RestoreReport {
  /** True when the save was made with this very export: everything was restored. */
  exact: boolean;
  /** One sentence per thing that could not be mapped by id, and what was done instead. */
  unmapped: string[];
}
