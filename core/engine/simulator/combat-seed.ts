/** Seeds for fights, derived from the run's seed so that the same run always fights the same fights. */

/**
 * The seed of the `visit`-th fight at `nodeId` in a run seeded with `runSeed`: a 32-bit FNV-1a hash of all
 * three, so fights at different nodes, or the same node visited again, roll differently but reproducibly.
 */
export function deriveCombatSeed(runSeed: number, nodeId: string, visit: number): number {
  const text = `${runSeed}|${nodeId}|${visit}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
