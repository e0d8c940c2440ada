import type { Combatant, CombatState } from './combat.types';
import { DEFEAT, ONGOING, VICTORY, countAlive, type Fight } from './fight';
import { restoreRng, rngState } from './rng';
import type { Roster } from './roster';

/** Loads a saved state into a fresh mutable Fight; throws when the state is not from this combat node. */
export function fightFromState(r: Roster, state: CombatState): Fight {
  if (state.nodeId !== r.nodeId) {
    throw new Error(`Combat state belongs to node "${state.nodeId}", not "${r.nodeId}"`);
  }
  const all = [...state.allies, ...state.enemies];
  if (state.allies.length !== r.allyCount || all.length !== r.size || all.some((c, i) => c.key !== r.keys[i])) {
    throw new Error(`Combat state does not match the combatants of node "${r.nodeId}" (was the mission edited?)`);
  }
  const waveIndex = r.waves.length === 0 ? 0 : r.waves.indexOf(state.wave);
  if (waveIndex < 0) throw new Error(`Combat state is on wave ${state.wave}, which node "${r.nodeId}" does not have`);
  const f: Fight = {
    hull: Float64Array.from(all, (c) => c.hull),
    shields: Float64Array.from(all, (c) => c.shields),
    alive: Uint8Array.from(all, (c) => (c.alive ? 1 : 0)),
    round: state.round,
    waveIndex,
    outcome: state.outcome === 'victory' ? VICTORY : state.outcome === 'defeat' ? DEFEAT : ONGOING,
    rng: restoreRng(state.rng),
    waveArrived: 0,
    playerAlive: 0,
    protectedAlive: 0,
    waveAlive: 0,
  };
  countAlive(r, f);
  return f;
}

/** A plain-JSON snapshot of a Fight; shares nothing with it. */
export function stateFromFight(r: Roster, f: Fight): CombatState {
  return {
    nodeId: r.nodeId,
    round: f.round,
    wave: r.waves[f.waveIndex] ?? 1,
    allies: snapshotSide(r, f, 0, r.allyCount),
    enemies: snapshotSide(r, f, r.allyCount, r.size),
    rng: rngState(f.rng),
    outcome: outcomeName(f.outcome),
  };
}

/** The outcome code as the public type has it. */
export function outcomeName(code: number): 'victory' | 'defeat' | null {
  return code === VICTORY ? 'victory' : code === DEFEAT ? 'defeat' : null;
}

/** The combatants from index `from` to `to` as plain objects. */
export function snapshotSide(r: Roster, f: Fight, from: number, to: number): Combatant[] {
  const out: Combatant[] = [];
  for (let i = from; i < to; i++) {
    out.push({
      key: r.keys[i] ?? '',
      unit: r.units[i] ?? '',
      name: r.names[i] ?? '',
      side: i < r.allyCount ? 'ally' : 'enemy',
      wave: r.wave[i] ?? 1,
      hull: f.hull[i] ?? 0,
      maxHull: r.maxHull[i] ?? 0,
      shields: f.shields[i] ?? 0,
      maxShields: r.maxShields[i] ?? 0,
      alive: f.alive[i] === 1,
    });
  }
  return out;
}
