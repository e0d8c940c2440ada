import type { Stance } from './combat.types';

/** What a stance does to the side that takes it. All the numbers to tune are in this file. */
export interface StanceRule {
  /** Multiplies the damage of the side's hits. */
  damageDealt: number;
  /** Multiplies the damage the side's units take. */
  damageTaken: number;
  /** Added to each unit's evasion (then clamped). */
  evasionBonus: number;
  /** Multiplies the shields restored at the end of the round. */
  shieldRegen: number;
}

/** The allied stances. Each trades something away, so none wins every fight. */
export const STANCE_RULES: Readonly<Record<Stance, StanceRule>> = {
  attack: { damageDealt: 1.25, damageTaken: 1, evasionBonus: -0.2, shieldRegen: 1 },
  defend: { damageDealt: 0.7, damageTaken: 0.6, evasionBonus: 0, shieldRegen: 2 },
  evasive: { damageDealt: 0.85, damageTaken: 1, evasionBonus: 0.25, shieldRegen: 1 },
};

/** The enemies' fixed stance: no modifiers at all, so a unit's stats read as they are written. */
export const ENEMY_STANCE: StanceRule = { damageDealt: 1, damageTaken: 1, evasionBonus: 0, shieldRegen: 1 };

/** Evasion never reaches 1, so every unit can be hit. */
const MAX_EVASION = 0.9;
/** A shot always has some chance, and never a sure one: keeps long-shot and sure-thing fights interesting. */
export const MIN_HIT_CHANCE = 0.05;
export const MAX_HIT_CHANCE = 0.95;

/** Stances as small integers, for the typed-array fight loop. */
export const STANCE_CODES: Readonly<Record<Stance, number>> = { attack: 0, defend: 1, evasive: 2 };
/** Index = stance code. */
export const STANCE_BY_CODE: readonly Stance[] = ['attack', 'defend', 'evasive'];
/** Index = stance code; the enemies' stance has code 3. */
export const RULES_BY_CODE: readonly StanceRule[] = [STANCE_RULES.attack, STANCE_RULES.defend, STANCE_RULES.evasive, ENEMY_STANCE];

/** Clamps `x` to [lo, hi]. */
function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** P(hit) = accuracy * (1 - target evasion), with the target's stance bonus, clamped. */
export function hitChance(accuracy: number, evasion: number, evasionBonus: number): number {
  const evade = clamp(evasion + evasionBonus, 0, MAX_EVASION);
  return clamp(accuracy * (1 - evade), MIN_HIT_CHANCE, MAX_HIT_CHANCE);
}

/** Damage of one hit after both stances, a whole number, at least 1. */
export function hitDamage(damage: number, dealt: number, taken: number): number {
  return Math.max(1, Math.round(damage * dealt * taken));
}
