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
export type * from './runtime-file.types';
