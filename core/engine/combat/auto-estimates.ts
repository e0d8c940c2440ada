import { pickAllyTarget, type Fight } from './fight';
import { ENEMY_STANCE, RULES_BY_CODE, STANCE_BY_CODE, STANCE_CODES, hitChance, hitDamage } from './rules';
import type { Roster } from './roster';

// The expected values the auto-resolve policy weighs its stances by. They read the live Fight and the Roster
// only and allocate nothing, because they run every round of every Monte Carlo fight: each fills a caller's
// array with one figure per stance code. They use the rules' own hit chance and damage, so a change in
// rules.ts changes the estimates with it.

const STANCES = STANCE_BY_CODE.length;
const ATTACK = STANCE_CODES.attack;
const DEFEND = STANCE_CODES.defend;
const EVASIVE = STANCE_CODES.evasive;

/** Expected damage of one shot for every shooter, target and allied stance; fixed for a roster. */
interface ShotTable {
  /** [ally][enemy][code]: an ally's shot at an enemy, in the allies' stance `code`. */
  allyShot: Float64Array;
  /** [enemy][ally][code]: an enemy's shot at an ally who is in stance `code`. */
  enemyShot: Float64Array;
  /** [code]: the allies' shield regeneration factor. */
  regen: Float64Array;
}

// Built on first use per roster, so a Monte Carlo round adds up table entries instead of rerunning the rules.
const tables = new WeakMap<Roster, ShotTable>();

function shotTable(r: Roster): ShotTable {
  const cached = tables.get(r);
  if (cached) return cached;
  const n = r.size;
  const allies = r.allyCount;
  const t: ShotTable = {
    allyShot: new Float64Array(allies * n * STANCES),
    enemyShot: new Float64Array(n * allies * STANCES),
    regen: Float64Array.from(STANCE_BY_CODE, (_, code) => (RULES_BY_CODE[code] ?? ENEMY_STANCE).shieldRegen),
  };
  for (let code = 0; code < STANCES; code++) {
    const rule = RULES_BY_CODE[code] ?? ENEMY_STANCE;
    for (let a = 0; a < allies; a++) {
      for (let e = allies; e < n; e++) {
        t.allyShot[(a * n + e) * STANCES + code] =
          hitChance(r.accuracy[a] ?? 0, r.evasion[e] ?? 0, ENEMY_STANCE.evasionBonus) *
          hitDamage(r.damage[a] ?? 0, rule.damageDealt, ENEMY_STANCE.damageTaken);
        t.enemyShot[(e * allies + a) * STANCES + code] =
          hitChance(r.accuracy[e] ?? 0, r.evasion[a] ?? 0, rule.evasionBonus) *
          hitDamage(r.damage[e] ?? 0, ENEMY_STANCE.damageDealt, rule.damageTaken);
      }
    }
  }
  tables.set(r, t);
  return t;
}

/**
 * Fills `out[code]` with the rounds the living allies need, in that stance, to destroy every enemy still to
 * come (the wave on the field, then the later waves at full strength), focusing one at a time as they do.
 * Each target's shield regeneration is taken off the side's damage per round; Infinity when a target
 * regenerates faster. It leaves out losses, overkill and bad luck, so it is optimistic: callers keep a margin.
 */
export function estimateClearRounds(r: Roster, f: Fight, out: Float64Array): void {
  const shots = shotTable(r).allyShot;
  const n = r.size;
  out.fill(0);
  for (let w = f.waveIndex; w < r.waveMembers.length; w++) {
    const members = r.waveMembers[w];
    if (!members) continue;
    for (let k = 0; k < members.length; k++) {
      const e = members[k] ?? 0;
      if (f.alive[e] !== 1) continue;
      const left = (f.hull[e] ?? 0) + (f.shields[e] ?? 0);
      const regen = (r.shieldRegen[e] ?? 0) * ENEMY_STANCE.shieldRegen;
      // Three sums in one pass over the allies: this is the policy's innermost loop.
      let attack = 0;
      let defend = 0;
      let evasive = 0;
      for (let a = 0; a < r.allyCount; a++) {
        if (f.alive[a] !== 1) continue;
        const at = (a * n + e) * STANCES;
        attack += shots[at + ATTACK] ?? 0;
        defend += shots[at + DEFEND] ?? 0;
        evasive += shots[at + EVASIVE] ?? 0;
      }
      out[ATTACK] = addRounds(out[ATTACK] ?? 0, left, attack - regen);
      out[DEFEND] = addRounds(out[DEFEND] ?? 0, left, defend - regen);
      out[EVASIVE] = addRounds(out[EVASIVE] ?? 0, left, evasive - regen);
    }
  }
}

function addRounds(rounds: number, left: number, net: number): number {
  return net > 0 ? rounds + left / net : Infinity;
}

/**
 * Fills `out[code]` with the damage per round the wave on the field deals, in that allied stance, to the
 * ally it would shoot now, less the shields the living allies regain per round in that stance (defend
 * doubles it). Negative when the shields keep up with the fire.
 */
export function estimateNetFire(r: Roster, f: Fight, out: Float64Array): void {
  const t = shotTable(r);
  out.fill(0);
  let recharge = 0;
  for (let a = 0; a < r.allyCount; a++) if (f.alive[a] === 1) recharge += r.shieldRegen[a] ?? 0;
  const target = pickAllyTarget(r, f);
  const members = r.waveMembers[f.waveIndex];
  if (target >= 0 && members) {
    for (let k = 0; k < members.length; k++) {
      const e = members[k] ?? 0;
      if (f.alive[e] !== 1) continue;
      const at = (e * r.allyCount + target) * STANCES;
      for (let code = 0; code < STANCES; code++) out[code] = (out[code] ?? 0) + (t.enemyShot[at + code] ?? 0);
    }
  }
  for (let code = 0; code < STANCES; code++) out[code] = (out[code] ?? 0) - recharge * (t.regen[code] ?? 0);
}
