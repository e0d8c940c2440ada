/**
 * The random player both Monte Carlo paths follow (the fast kernel path and the simulator), so that the same
 * run seed makes the same choices, fights the same fights and reaches the same ending on either.
 */
import { roll, seedRng, type CombatRng } from '../combat/rng';

/** How a random playthrough fights: `auto` resolves each fight with `autoStance` (one input), `random` picks a
 * uniform stance every round (one input per round). */
export type CombatPolicyName = 'auto' | 'random';

/** The combat policies, in the order the CLI lists them. */
export const COMBAT_POLICIES: readonly CombatPolicyName[] = ['auto', 'random'];

/** A random playthrough's own generator. */
export type PickRng = CombatRng;

/** The pick generator of the run seeded `runSeed`; salted, so its rolls are not the fights' rolls. */
export function createPickRng(runSeed: number): PickRng {
  return seedRng((runSeed ^ 0x2c1b3c6d) | 0);
}

/** A uniform index below `n` (n >= 1). Always draws exactly one number, even when n is 1. */
export function pickIndex(rng: PickRng, n: number): number {
  return Math.floor(roll(rng) * n);
}
