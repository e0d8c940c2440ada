import type { Mission } from '../../format/mission.types';
import { estimateClearRounds, estimateNetFire } from './auto-estimates';
import type { CombatState, Stance } from './combat.types';
import type { Fight } from './fight';
import { GOAL_PROTECT, GOAL_SURVIVE, getRoster, type Roster } from './roster';
import { STANCE_BY_CODE, STANCE_CODES } from './rules';
import { fightFromState } from './state';

/** Below this share of its hull, an ally is in danger. */
const AUTO_DANGER_HULL = 0.4;
/** An endangered ally whose shields are below this share of their maximum makes the side defend. */
const AUTO_LOW_SHIELDS = 0.5;
/** When the wave on the field has less than this share of its hull + shields left, finish it off. */
const AUTO_FINISH_WAVE = 0.25;
/** A stance is "in time" when its estimated rounds to clear the field, times this, fit in the rounds left:
 * the estimate leaves out losses and bad luck, so it gets half again as many rounds to spare. */
export const AUTO_TIME_MARGIN = 1.5;

const ATTACK = STANCE_CODES.attack;
const DEFEND = STANCE_CODES.defend;
const EVASIVE = STANCE_CODES.evasive;
const STANCE_COUNT = STANCE_BY_CODE.length;

// Scratch space for the estimates, one figure per stance code, reused by every call: the Monte Carlo loop
// calls the policy every round, and JavaScript runs one call at a time per thread.
const clear = new Float64Array(STANCE_COUNT);
const netFire = new Float64Array(STANCE_COUNT);

/**
 * The auto-resolve policy on a plain CombatState (the simulator's "Auto-resolve"). It loads the state into a
 * Fight and asks `autoStanceCode`, so the two paths cannot disagree. See README.md for the rule.
 */
export function autoStance(state: CombatState, mission: Mission): Stance {
  const r = getRoster(mission, state.nodeId);
  return STANCE_BY_CODE[autoStanceCode(r, fightFromState(r, state))] ?? 'attack';
}

/**
 * The auto-resolve policy on a live Fight, allocation-free, for Monte Carlo runs: `survive` plays for time;
 * `defeat-all` and `protect` watch the clock, then the bars (in a protect fight, the protected allies' bars).
 */
export function autoStanceCode(r: Roster, f: Fight): number {
  estimateClearRounds(r, f, clear);
  if (r.goal === GOAL_SURVIVE) {
    // The goal is met after so many rounds or once every enemy is down, whichever comes first.
    const roundsToHold = Math.min(r.surviveRounds, r.roundLimit) - f.round;
    return leastDamageStance(r, f, roundsToHold, Infinity);
  }
  const roundsLeft = r.roundLimit - f.round;
  const inTime = roundsLeft / AUTO_TIME_MARGIN;
  // Running out of rounds: the fastest stance is the only one that can still win.
  if ((clear[ATTACK] ?? 0) > inTime) return ATTACK;
  if (waveNearlyDestroyed(r, f)) return ATTACK;
  const danger = dangerStance(r, f);
  // In a defeat-all fight, the careful stance only pays while it can still clear the field in time: after that
  // it merely loses on the clock, more slowly.
  if (danger >= 0 && (r.goal === GOAL_PROTECT || (clear[danger] ?? Infinity) <= inTime)) return danger;
  return r.goal === GOAL_PROTECT ? leastDamageStance(r, f, Infinity, inTime) : ATTACK;
}

/**
 * The stance with the least damage expected until the field is clear or `roundsToHold` have passed, among
 * those that clear it within `maxClearRounds` (attack when none does; ties go to the lower code).
 */
function leastDamageStance(r: Roster, f: Fight, roundsToHold: number, maxClearRounds: number): number {
  estimateNetFire(r, f, netFire);
  let best = ATTACK;
  let bestDamage = Infinity;
  for (let code = 0; code < STANCE_COUNT; code++) {
    const rounds = clear[code] ?? Infinity;
    if (rounds > maxClearRounds) continue;
    const horizon = rounds < roundsToHold ? rounds : roundsToHold;
    const fire = netFire[code] ?? 0;
    // 0 fire over endless rounds is no damage, not NaN.
    const damage = fire === 0 ? 0 : fire * horizon;
    if (damage < bestDamage) {
      bestDamage = damage;
      best = code;
    }
  }
  return best;
}

function waveNearlyDestroyed(r: Roster, f: Fight): boolean {
  const members = r.waveMembers[f.waveIndex];
  if (!members) return false;
  let left = 0;
  let max = 0;
  for (let k = 0; k < members.length; k++) {
    const e = members[k] ?? 0;
    max += (r.maxHull[e] ?? 0) + (r.maxShields[e] ?? 0);
    if (f.alive[e] === 1) left += (f.hull[e] ?? 0) + (f.shields[e] ?? 0);
  }
  return max > 0 && left < max * AUTO_FINISH_WAVE;
}

/** The defensive stance an endangered ally calls for, or -1. Only allies the enemies shoot at count: under
 * a protect goal, the protected ones while one lives. */
function dangerStance(r: Roster, f: Fight): number {
  const onlyProtected = r.goal === GOAL_PROTECT && f.protectedAlive > 0;
  for (let i = 0; i < r.allyCount; i++) {
    if (f.alive[i] !== 1 || (onlyProtected && r.isProtected[i] !== 1)) continue;
    if ((f.hull[i] ?? 0) >= (r.maxHull[i] ?? 0) * AUTO_DANGER_HULL) continue;
    const maxShields = r.maxShields[i] ?? 0;
    // With shields, defend only while they are down (defence doubles their recharge), then attack again
    // instead of stalling until the round limit. Without shields, hull never comes back, so danger is for
    // good: only the player's own unit, whose loss ends the fight, is worth the slower, evasive play.
    if (maxShields > 0 && (f.shields[i] ?? 0) < maxShields * AUTO_LOW_SHIELDS) return DEFEND;
    if (maxShields === 0 && i === 0) return EVASIVE;
  }
  return -1;
}
