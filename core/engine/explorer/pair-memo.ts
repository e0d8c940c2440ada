/**
 * A bounded hash map from a pair of ints to a pair of ints, on one typed array: the explorer's memo of kernel
 * calls (see memo-masks.ts). Entries are never removed; when full it stops taking new ones and lookups of
 * what is missing just miss.
 */

/** Key a + 1 (0: empty), key b, value x, value y. */
const STRIDE = 4;

export class PairMemo {
  /** The values of the last successful `find`. */
  x = 0;
  y = 0;
  private table: Int32Array;
  private slots: number;
  private used = 0;
  private readonly maxEntries: number;

  constructor(maxEntries = 1 << 20, initialSlots = 1 << 10) {
    this.maxEntries = maxEntries;
    this.slots = initialSlots;
    this.table = new Int32Array(initialSlots * STRIDE);
  }

  /** Whether (a, b) is in the map (a >= 0); on a hit, `x` and `y` hold its values. */
  find(a: number, b: number): boolean {
    const table = this.table;
    const mask = this.slots - 1;
    for (let slot = hashPair(a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      const key = table[at] as number;
      if (key === 0) return false;
      if (key === a + 1 && table[at + 1] === b) {
        this.x = table[at + 2] as number;
        this.y = table[at + 3] as number;
        return true;
      }
    }
  }

  /** Adds (a, b) -> (x, y); the caller has checked that (a, b) is missing. Ignored once the map is full. */
  add(a: number, b: number, x: number, y: number): void {
    if (this.used >= this.maxEntries) return;
    if ((this.used + 1) * 8 > this.slots * 5) this.grow();
    insert(this.table, this.slots - 1, a + 1, b, x, y);
    this.used++;
  }

  private grow(): void {
    const old = this.table;
    this.slots *= 2;
    this.table = new Int32Array(this.slots * STRIDE);
    for (let at = 0; at < old.length; at += STRIDE) {
      const key = old[at] as number;
      if (key !== 0) insert(this.table, this.slots - 1, key, old[at + 1] as number, old[at + 2] as number, old[at + 3] as number);
    }
  }
}

function insert(table: Int32Array, mask: number, stored: number, b: number, x: number, y: number): void {
  let slot = hashPair(stored - 1, b) & mask;
  while (table[slot * STRIDE] !== 0) slot = (slot + 1) & mask;
  const at = slot * STRIDE;
  table[at] = stored;
  table[at + 1] = b;
  table[at + 2] = x;
  table[at + 3] = y;
}

/** murmur3-style mixing of two words with a final avalanche (weaker mixes cluster and probe longer). */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ 0x2545f491;
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) ^ b;
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
