import type { CombatState, Stance } from './combat.types';
import type { Fight } from './fight';
import { STANCE_BY_CODE, STANCE_CODES } from './rules';
import type { Roster } from './roster';

/** Below this share of its hull, an ally is in danger. */
export const AUTO_DANGER_HULL = 0.4;
/** An endangered ally whose shields are below this share of their maximum makes the side defend. */
export const AUTO_LOW_SHIELDS = 0.5;
/** When the wave on the field has less than this share of its hull + shields left, finish it off. */
export const AUTO_FINISH_WAVE = 0.25;

/** Read-only bars the policy looks at, so one rule serves both a CombatState and a typed-array Fight. */
interface Bars {
  hull: ArrayLike<number>;
  maxHull: ArrayLike<number>;
  shields: ArrayLike<number>;
  maxShields: ArrayLike<number>;
  alive: ArrayLike<number>;
}

/**
 * The auto-resolve policy, from the bars alone: attack to finish a wave with under 25% left; defend while
 * an ally below 40% hull has its shields under half; go evasive while the player's own unit (the first
 * ally) is below 40% hull and has no shields; otherwise attack.
 */
export function autoStance(state: CombatState): Stance {
  const onField = state.enemies.filter((e) => e.wave === state.wave);
  const all = [...state.allies, ...onField];
  const bars: Bars = {
    hull: all.map((c) => c.hull),
    maxHull: all.map((c) => c.maxHull),
    shields: all.map((c) => c.shields),
    maxShields: all.map((c) => c.maxShields),
    alive: all.map((c) => (c.alive ? 1 : 0)),
  };
  const enemies = onField.map((_, k) => state.allies.length + k);
  return STANCE_BY_CODE[chooseAutoStance(bars, state.allies.length, enemies)] ?? 'attack';
}

/** The same policy on a live Fight, allocation-free, for Monte Carlo runs. */
export function autoStanceCode(r: Roster, f: Fight): number {
  const bars: Bars = { hull: f.hull, maxHull: r.maxHull, shields: f.shields, maxShields: r.maxShields, alive: f.alive };
  return chooseAutoStance(bars, r.allyCount, r.waveMembers[f.waveIndex] ?? []);
}

function chooseAutoStance(b: Bars, allyCount: number, enemies: ArrayLike<number>): number {
  let enemyLeft = 0;
  let enemyMax = 0;
  for (let k = 0; k < enemies.length; k++) {
    const e = enemies[k] ?? 0;
    enemyMax += (b.maxHull[e] ?? 0) + (b.maxShields[e] ?? 0);
    if (b.alive[e] === 1) enemyLeft += (b.hull[e] ?? 0) + (b.shields[e] ?? 0);
  }
  if (enemyMax > 0 && enemyLeft < enemyMax * AUTO_FINISH_WAVE) return STANCE_CODES.attack;
  for (let i = 0; i < allyCount; i++) {
    if (b.alive[i] !== 1 || (b.hull[i] ?? 0) >= (b.maxHull[i] ?? 0) * AUTO_DANGER_HULL) continue;
    const maxShields = b.maxShields[i] ?? 0;
    // With shields, defend only while they are down (defence doubles their recharge), then attack again
    // instead of stalling until the round limit. Without shields, hull never comes back, so danger is for
    // good: only the player's own unit, whose loss ends the fight, is worth the slower, evasive play.
    if (maxShields > 0 && (b.shields[i] ?? 0) < maxShields * AUTO_LOW_SHIELDS) return STANCE_CODES.defend;
    if (maxShields === 0 && i === 0) return STANCE_CODES.evasive;
  }
  return STANCE_CODES.attack;
}
