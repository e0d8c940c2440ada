/**
 * `mission-studio/runtime`: play a mission exported with `mission-studio export --format runtime` in a game.
 * It runs in Node and browsers and has no dependency on the editor. See docs/runtime.md.
 */
export { createRun, loadRuntime } from './create-run';
export { restoreRun } from './restore-run';
export { Run, RunError } from './run';
export { RuntimeFormatError } from './check-runtime-file';
export { RUNTIME_SAVE_FORMAT } from './runtime.types';
export type {
  ChoiceView,
  CombatantView,
  FightOutcome,
  FightView,
  HandOffs,
  Line,
  ObjectiveView,
  RestoreReport,
  RoundView,
  RunEvents,
  RunOptions,
  RunSave,
  ShotView,
  Speaker,
  Stance,
  Step,
} from './runtime.types';
export { RUNTIME_FORMAT } from './runtime-file.types';
// A fight in the player's words (stance tooltips, a shot as a sentence), for a game's own fight screen; the
// HTML player and the editor's preview say the same.
export { AUTO_RESOLVE_HELP, shotWords, STANCE_HELP } from '../engine/combat/combat-words';
export type { NamedShot } from '../engine/combat/combat-words';
export type * from './runtime-file.types';
