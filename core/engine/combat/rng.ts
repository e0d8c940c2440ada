// The one generator, not the package index: the index also brings three generators the game never uses into
// every bundle (the runtime's size is budgeted).
import { xoroshiro128plus } from 'pure-rand/generator/XoroShiro';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** A combat RNG: pure-rand's xoroshiro128plus, used mutably inside one round or one Monte Carlo run. */
export type CombatRng = RandomGenerator;

/** A fresh generator for a seed. The seed is hashed first: xoroshiro128plus's first output is `~seed`
 * itself, so nearby seeds (0, 1, 2...) would otherwise start every fight with the same first roll. */
export function seedRng(seed: number): CombatRng {
  let h = (seed | 0) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return xoroshiro128plus(h | 0);
}

/** The generator's state as plain JSON numbers. */
export function rngState(rng: CombatRng): number[] {
  return [...rng.getState()];
}

/** A generator that continues from a saved state. */
export function restoreRng(state: readonly number[]): CombatRng {
  if (state.length !== 4 || !state.every((n) => Number.isInteger(n))) {
    throw new Error('Combat state has a broken rng: expected four 32-bit integers');
  }
  return xoroshiro128plus.fromState(state);
}

/** A roll in [0, 1), advancing the generator in place. */
export function roll(rng: CombatRng): number {
  return (rng.unsafeNext() >>> 0) / 4294967296;
}
