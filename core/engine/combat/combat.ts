import type { Mission } from '../../format/mission.types';
import type { CombatHit, CombatRoundReport, CombatState, Combatant, Stance } from './combat.types';
import { createFight, playFightRound } from './fight';
import { getRoster } from './roster';
import { STANCE_CODES } from './rules';
import { fightFromState, outcomeName, snapshotSide, stateFromFight } from './state';

/** A new fight for a combat node, seeded; throws a clear Error for a non-combat node or a missing unit. */
export function startCombat(mission: Mission, nodeId: string, seed: number): CombatState {
  const r = getRoster(mission, nodeId);
  return stateFromFight(r, createFight(r, seed));
}

/** Plays one round with the allied stance. Pure: returns a new state and never mutates its input. */
export function playRound(mission: Mission, state: CombatState, stance: Stance): { state: CombatState; report: CombatRoundReport } {
  const code = STANCE_CODES[stance];
  if (code === undefined) throw new Error(`Unknown stance "${String(stance)}"`);
  if (state.outcome !== null) throw new Error(`Combat "${state.nodeId}" is already over (${state.outcome})`);
  const r = getRoster(mission, state.nodeId);
  const f = fightFromState(r, state);
  const hits: CombatHit[] = [];
  playFightRound(r, f, code, (a, t, hit, damage, shieldDamage, destroyed) => {
    hits.push({ attacker: r.keys[a] ?? '', target: r.keys[t] ?? '', hit, damage, shieldDamage, destroyed });
  });
  const next = stateFromFight(r, f);
  const report: CombatRoundReport = {
    round: f.round,
    stance,
    hits,
    ...(f.waveArrived !== 0 ? { waveArrived: f.waveArrived } : {}),
    outcome: outcomeName(f.outcome),
    // Separate copies, so a view that holds on to a report never sees a later state change under it.
    allies: snapshotSide(r, f, 0, r.allyCount),
    enemies: snapshotSide(r, f, r.allyCount, r.size),
  };
  return { state: next, report };
}

/** Chooses the stance of the next round; it gets the mission too, for policies that read the fight's goal. */
export type CombatPolicy = (state: CombatState, mission: Mission) => Stance;

/** Plays rounds with `policy` choosing each stance until the fight ends (at most `roundLimit` rounds). */
export function resolveCombat(
  mission: Mission,
  state: CombatState,
  policy: CombatPolicy,
): { state: CombatState; reports: CombatRoundReport[] } {
  const reports: CombatRoundReport[] = [];
  let current = state;
  while (current.outcome === null) {
    const step = playRound(mission, current, policy(current, mission));
    reports.push(step.report);
    current = step.state;
  }
  return { state: current, reports };
}

/** The final state of a playtest override: victory destroys every enemy wave, defeat every ally. */
export function forceCombatOutcome(state: CombatState, outcome: 'victory' | 'defeat'): CombatState {
  const destroy = (c: Combatant): Combatant => ({ ...c, hull: 0, shields: 0, alive: false });
  const keep = (c: Combatant): Combatant => ({ ...c });
  const lastWave = state.enemies.reduce((w, e) => Math.max(w, e.wave), state.wave);
  return {
    ...state,
    wave: outcome === 'victory' ? lastWave : state.wave,
    allies: state.allies.map(outcome === 'defeat' ? destroy : keep),
    enemies: state.enemies.map(outcome === 'victory' ? destroy : keep),
    rng: [...state.rng],
    outcome,
  };
}
