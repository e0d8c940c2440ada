/** The seeded combat model: public API for the simulator, the preview pane and the balance tool. */
export type { Stance, Combatant, CombatState, CombatHit, CombatRoundReport, PolicyStats, CombatBalance } from './combat.types';
export { STANCES } from './combat.types';
export { startCombat, playRound, resolveCombat, forceCombatOutcome } from './combat';
export type { CombatPolicy } from './combat';
export { autoStance } from './auto-stance';
export { STANCE_HELP, AUTO_RESOLVE_HELP, shotWords } from './combat-words';
export type { NamedShot } from './combat-words';
export { balanceCombat, balanceAllCombats, balanceDiagnostics, BALANCE_POLICIES } from './balance';
export type { BalanceOptions, BalanceThresholds } from './balance';
export { STANCE_RULES, ENEMY_STANCE } from './rules';
export type { StanceRule } from './rules';
