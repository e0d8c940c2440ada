import { ENEMY_STANCE, RULES_BY_CODE, hitChance, hitDamage, type StanceRule } from './rules';
import { roll, seedRng, type CombatRng } from './rng';
import { GOAL_PROTECT, GOAL_SURVIVE, type Roster } from './roster';

/** Fight outcomes as small integers. */
export const ONGOING = 0;
export const VICTORY = 1;
export const DEFEAT = 2;

/**
 * The changing part of a fight, mutated in place. This one loop is the whole rule set: `playRound` wraps it
 * in copies to stay pure, and the Monte Carlo tool reuses one Fight for thousands of runs, so the two can
 * never disagree and the hot path allocates nothing per shot.
 */
export interface Fight {
  hull: Float64Array;
  shields: Float64Array;
  alive: Uint8Array;
  round: number;
  /** Index into `roster.waves` of the wave on the field. */
  waveIndex: number;
  outcome: number;
  rng: CombatRng;
  /** Wave number that arrived at the end of the last round, 0 if none. */
  waveArrived: number;
  // Counters kept in step with `alive` so the goal checks after a kill are O(1).
  playerAlive: number;
  protectedAlive: number;
  waveAlive: number;
}

/** Receives each shot; called with plain numbers so recording allocates nothing when there is no sink. */
export type HitSink = (attacker: number, target: number, hit: boolean, damage: number, shieldDamage: number, destroyed: boolean) => void;

/** A fight at full strength on wave one, seeded. */
export function createFight(r: Roster, seed: number): Fight {
  const f: Fight = {
    hull: new Float64Array(r.size),
    shields: new Float64Array(r.size),
    alive: new Uint8Array(r.size),
    round: 0,
    waveIndex: 0,
    outcome: ONGOING,
    rng: seedRng(seed),
    waveArrived: 0,
    playerAlive: 0,
    protectedAlive: 0,
    waveAlive: 0,
  };
  resetFight(r, f, seed);
  return f;
}

/** Puts a fight back to its start with a new seed, reusing its arrays (for Monte Carlo runs). */
export function resetFight(r: Roster, f: Fight, seed: number): void {
  f.hull.set(r.maxHull);
  f.shields.set(r.maxShields);
  f.alive.fill(1);
  f.round = 0;
  f.waveIndex = 0;
  f.outcome = ONGOING;
  f.rng = seedRng(seed);
  f.waveArrived = 0;
  countAlive(r, f);
}

/** Recomputes the alive counters from `alive` (after loading a fight from a saved state). */
export function countAlive(r: Roster, f: Fight): void {
  let player = 0;
  let prot = 0;
  for (let i = 0; i < r.allyCount; i++) {
    if (f.alive[i] === 1) {
      player += r.isPlayer[i] ?? 0;
      prot += r.isProtected[i] ?? 0;
    }
  }
  let wave = 0;
  const members = r.waveMembers[f.waveIndex];
  if (members) for (const m of members) wave += f.alive[m] ?? 0;
  f.playerAlive = player;
  f.protectedAlive = prot;
  f.waveAlive = wave;
}

const NO_MEMBERS = new Int32Array(0);

/** Plays one round in place: units act in turn, alternating sides (ally 1, enemy 1, ally 2, ...). */
export function playFightRound(r: Roster, f: Fight, stanceCode: number, sink: HitSink | null): void {
  if (f.outcome !== ONGOING) throw new Error(`Combat "${r.nodeId}" is already over`);
  const allyRule = RULES_BY_CODE[stanceCode];
  if (!allyRule || allyRule === ENEMY_STANCE) throw new Error(`Unknown stance code ${stanceCode}`);
  f.round += 1;
  f.waveArrived = 0;
  const members = r.waveMembers[f.waveIndex] ?? NO_MEMBERS;
  const turns = Math.max(r.allyCount, members.length);
  for (let t = 0; t < turns && f.outcome === ONGOING; t++) {
    if (t < r.allyCount && f.alive[t] === 1) {
      const target = pickEnemyTarget(f, members);
      if (target >= 0) shoot(r, f, t, target, allyRule, ENEMY_STANCE, sink);
    }
    const e = t < members.length ? (members[t] ?? -1) : -1;
    if (e >= 0 && f.outcome === ONGOING && f.alive[e] === 1) {
      const target = pickAllyTarget(r, f);
      if (target >= 0) shoot(r, f, e, target, ENEMY_STANCE, allyRule, sink);
    }
  }
  if (f.outcome === ONGOING) endRound(r, f, allyRule, members);
}

/** Allies focus the current wave's enemy with the least hull + shields left (first listed on a tie). */
function pickEnemyTarget(f: Fight, members: Int32Array): number {
  let best = -1;
  let bestLeft = Infinity;
  for (let k = 0; k < members.length; k++) {
    const m = members[k] ?? 0;
    if (f.alive[m] !== 1) continue;
    const left = (f.hull[m] ?? 0) + (f.shields[m] ?? 0);
    if (left < bestLeft) {
      bestLeft = left;
      best = m;
    }
  }
  return best;
}

/** Enemies focus the weakest ally; under a protect goal, the weakest protected ally while one lives. -1: none.
 * Exported so the auto-resolve policy predicts the same target the enemies will shoot. */
export function pickAllyTarget(r: Roster, f: Fight): number {
  const onlyProtected = r.goal === GOAL_PROTECT && f.protectedAlive > 0;
  let best = -1;
  let bestLeft = Infinity;
  for (let i = 0; i < r.allyCount; i++) {
    if (f.alive[i] !== 1 || (onlyProtected && r.isProtected[i] !== 1)) continue;
    const left = (f.hull[i] ?? 0) + (f.shields[i] ?? 0);
    if (left < bestLeft) {
      bestLeft = left;
      best = i;
    }
  }
  return best;
}

function shoot(r: Roster, f: Fight, a: number, t: number, atk: StanceRule, def: StanceRule, sink: HitSink | null): void {
  // One roll per shot, hit or miss, so the RNG stream depends only on who shoots, not on the dice.
  const hit = roll(f.rng) < hitChance(r.accuracy[a] ?? 0, r.evasion[t] ?? 0, def.evasionBonus);
  if (!hit) {
    if (sink) sink(a, t, false, 0, 0, false);
    return;
  }
  const dmg = hitDamage(r.damage[a] ?? 0, atk.damageDealt, def.damageTaken);
  const shields = f.shields[t] ?? 0;
  const shieldDamage = dmg < shields ? dmg : shields;
  const hull = f.hull[t] ?? 0;
  const rest = dmg - shieldDamage;
  const hullDamage = rest < hull ? rest : hull;
  f.shields[t] = shields - shieldDamage;
  f.hull[t] = hull - hullDamage;
  const destroyed = hull - hullDamage <= 0;
  if (destroyed) onDestroyed(r, f, t);
  if (sink) sink(a, t, true, hullDamage, shieldDamage, destroyed);
}

/** Defeat and victory are checked the moment a unit goes down, so the fight stops at once. */
function onDestroyed(r: Roster, f: Fight, t: number): void {
  f.alive[t] = 0;
  f.shields[t] = 0;
  if (t < r.allyCount) {
    f.playerAlive -= r.isPlayer[t] ?? 0;
    f.protectedAlive -= r.isProtected[t] ?? 0;
    if (f.playerAlive <= 0) f.outcome = DEFEAT;
    else if (r.goal === GOAL_PROTECT && f.protectedAlive < r.protectNeeded) f.outcome = DEFEAT;
  } else {
    f.waveAlive -= 1;
    if (f.waveAlive <= 0 && f.waveIndex >= r.waves.length - 1) f.outcome = VICTORY;
  }
}

function endRound(r: Roster, f: Fight, allyRule: StanceRule, members: Int32Array): void {
  for (let i = 0; i < r.allyCount; i++) regenerate(r, f, i, allyRule.shieldRegen);
  for (let k = 0; k < members.length; k++) regenerate(r, f, members[k] ?? 0, ENEMY_STANCE.shieldRegen);
  if (f.waveAlive <= 0) {
    if (f.waveIndex < r.waves.length - 1) {
      f.waveIndex += 1;
      f.waveArrived = r.waves[f.waveIndex] ?? 0;
      countAlive(r, f);
    } else {
      f.outcome = VICTORY; // a fight with no enemies at all ends here
      return;
    }
  }
  if (r.goal === GOAL_SURVIVE && f.round >= r.surviveRounds) f.outcome = VICTORY;
  else if (f.round >= r.roundLimit) f.outcome = r.goal === GOAL_SURVIVE ? VICTORY : DEFEAT;
}

function regenerate(r: Roster, f: Fight, i: number, factor: number): void {
  if (f.alive[i] !== 1) return;
  const max = r.maxShields[i] ?? 0;
  const next = (f.shields[i] ?? 0) + (r.shieldRegen[i] ?? 0) * factor;
  f.shields[i] = next < max ? next : max;
}
