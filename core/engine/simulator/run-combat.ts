/** The simulator's side of a fight: starting it at a combat node and playing the player's combat inputs. */
import type { Mission } from '../../format/mission.types';
import { autoStance, forceCombatOutcome, playRound, resolveCombat, startCombat } from '../combat';
import type { CombatState, Stance } from '../combat/combat.types';
import type { CombatOutcome, Input } from '../compile/inputs';
import { deriveCombatSeed } from './combat-seed';
import type { OfferedInput, RunEvent } from './run-state.types';

const STANCE_LABELS: Record<Stance, string> = { attack: 'Attack', defend: 'Defend', evasive: 'Evasive' };

/** Starts the fight at a combat node; `visit` is how many times the run has entered that node. */
export function beginCombat(mission: Mission, runSeed: number, nodeId: string, visit: number): CombatState {
  return startCombat(mission, nodeId, deriveCombatSeed(runSeed, nodeId, visit));
}

/** Everything the player may do in a fight: a round in each stance, auto-resolve, or a forced outcome. */
export function combatInputs(nodeId: string): OfferedInput[] {
  const stances = (Object.keys(STANCE_LABELS) as Stance[]).map((stance) => ({
    input: { kind: 'combat' as const, nodeId, stance },
    label: STANCE_LABELS[stance],
  }));
  return [
    ...stances,
    { input: { kind: 'combat-auto', nodeId }, label: 'Auto-resolve the rest' },
    { input: { kind: 'combat-force', nodeId, outcome: 'victory' }, label: 'Force victory' },
    { input: { kind: 'combat-force', nodeId, outcome: 'defeat' }, label: 'Force defeat' },
  ];
}

/** What one combat input did: the fight afterwards, its events, and the outcome once the fight is over. */
export interface CombatStep {
  combat: CombatState;
  events: RunEvent[];
  outcome: CombatOutcome | null;
}

/** Plays a combat input against the fight in progress. */
export function playCombatInput(mission: Mission, combat: CombatState, input: Input): CombatStep {
  const nodeId = combat.nodeId;
  const events: RunEvent[] = [];
  let next: CombatState;
  let forced = false;
  if (input.kind === 'combat') {
    const played = playRound(mission, combat, input.stance);
    events.push({ type: 'combat-round', nodeId, report: played.report });
    next = played.state;
  } else if (input.kind === 'combat-auto') {
    const resolved = resolveCombat(mission, combat, autoStance);
    for (const report of resolved.reports) events.push({ type: 'combat-round', nodeId, report });
    next = resolved.state;
  } else if (input.kind === 'combat-force') {
    next = forceCombatOutcome(combat, input.outcome);
    forced = true;
  } else {
    throw new Error(`a ${input.kind} input is not a combat input`);
  }
  const outcome = next.outcome;
  if (outcome !== null) events.push({ type: 'combat-end', nodeId, outcome, rounds: next.round, forced });
  return { combat: next, events, outcome };
}
