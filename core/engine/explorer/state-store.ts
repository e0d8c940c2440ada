/**
 * The explorer's set of packed states: an open-addressing hash table (linear probing) over growable typed
 * arrays. Hand-written because a JS Set of strings is ~10x slower and stops at 2^24 entries (V8's cap); this
 * one stores each state as `words` 32-bit ints and grows until memory runs out. Table entries hold the key
 * words inline next to the state index, so a probe touches one cache line instead of two.
 */

/** Mixes one 32-bit word into a running hash (murmur3-style). */
function mix(h: number, w: number): number {
  h ^= Math.imul(w, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  return Math.imul(h, 0x1b873593) ^ 0xe6546b64;
}

/** Final avalanche, so that neighbouring states spread over the table. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Entries of `internKey`'s cache of recent states, minus one: 2^16 entries, 512 KB. */
const RECENT_MASK = (1 << 16) - 1;

/** Packed states, each numbered by the order it was added (0, 1, 2, ...): the explorer's BFS queue. */
export class StateStore {
  readonly words: number;
  /** `words` ints per state, state i at [i*words, (i+1)*words). */
  data: Int32Array;
  count = 0;
  /** Whether the last `intern` added a state. */
  added = false;
  private capacity: number;
  /** `words + 1` ints per slot: the key words, then state index + 1 (0: empty slot). */
  private table: Int32Array;
  private slots: number;
  private used = 0;

  constructor(words: number, capacity = 1 << 12) {
    this.words = words;
    this.capacity = capacity;
    this.data = new Int32Array(capacity * words);
    this.slots = capacity * 2;
    this.table = new Int32Array(this.slots * (words + 1));
  }

  private hash(buf: Int32Array, at: number): number {
    let h = 0x2545f491;
    for (let w = 0; w < this.words; w++) h = mix(h, buf[at + w] as number);
    return finish(h);
  }

  /**
   * The index of the state in `buf[at..at+words)`, adding it (and setting `added`) when it is new; when it
   * is new and `mayAdd` is false, -1.
   */
  internAt(buf: Int32Array, at: number, mayAdd = true): number {
    if (this.words === 1) return this.internKey(buf[at] as number, mayAdd);
    const words = this.words;
    const stride = words + 1;
    const table = this.table;
    const mask = this.slots - 1;
    let slot = this.hash(buf, at) & mask;
    for (;;) {
      const from = slot * stride;
      const entry = table[from + words] as number;
      if (entry === 0) break;
      let same = true;
      for (let w = 0; w < words; w++) {
        if (table[from + w] !== buf[at + w]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.added = false;
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    this.added = false;
    if (!mayAdd) return -1;
    const index = this.append(buf, at);
    const to = slot * stride;
    for (let w = 0; w < words; w++) table[to + w] = buf[at + w] as number;
    table[to + words] = index + 1;
    this.added = true;
    // Keep the table at most 5/8 full: short probe runs, and doubling keeps it above 5/16.
    if (++this.used * 8 > this.slots * 5) this.rehash();
    return index;
  }

  /** `internAt` for one-word states (the common case), given the word itself: the key compares as a single int. */
  internKey(key: number, mayAdd = true): number {
    const h = finish(mix(0x2545f491, key));
    // A small direct-mapped cache of recently seen states first: BFS meets most duplicates near the frontier,
    // and this cache stays in L2 where the big table costs a memory miss per probe.
    const recent = this.recent;
    const r = 2 * ((h >>> 15) & RECENT_MASK);
    const cached = recent[r + 1] as number;
    if (cached !== 0 && recent[r] === key) {
      this.added = false;
      return cached - 1;
    }
    const table = this.table;
    const mask = this.slots - 1;
    let slot = h & mask;
    for (;;) {
      const entry = table[2 * slot + 1] as number;
      if (entry === 0) break;
      if (table[2 * slot] === key) {
        this.added = false;
        recent[r] = key;
        recent[r + 1] = entry;
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    this.added = false;
    if (!mayAdd) return -1;
    const index = this.count;
    if (index === this.capacity) this.growData();
    this.data[index] = key;
    this.count = index + 1;
    table[2 * slot] = key;
    table[2 * slot + 1] = index + 1;
    recent[r] = key;
    recent[r + 1] = index + 1;
    this.added = true;
    if (++this.used * 8 > this.slots * 5) this.rehash();
    return index;
  }

  /** `internKey`'s cache: (key, index + 1) pairs, 0 for an empty entry. */
  private readonly recent = new Int32Array(2 * (RECENT_MASK + 1));

  /** Adds a state without hashing it (the caller deduplicates), returning its index. */
  append(buf: Int32Array, from = 0): number {
    const index = this.count;
    if (index === this.capacity) this.growData();
    const words = this.words;
    const data = this.data;
    const at = index * words;
    for (let w = 0; w < words; w++) data[at + w] = buf[from + w] as number;
    this.count = index + 1;
    return index;
  }

  private growData(): void {
    this.capacity *= 2;
    const data = new Int32Array(this.capacity * this.words);
    data.set(this.data);
    this.data = data;
  }

  private rehash(): void {
    const words = this.words;
    const stride = words + 1;
    const old = this.table;
    const oldSlots = this.slots;
    this.slots *= 2;
    const mask = this.slots - 1;
    const table = new Int32Array(this.slots * stride);
    if (words === 1) {
      // One-word keys: hash the int directly (the same hash as internKey), no per-word loop.
      for (let s = 0; s < oldSlots; s++) {
        const entry = old[2 * s + 1] as number;
        if (entry === 0) continue;
        const key = old[2 * s] as number;
        let slot = finish(mix(0x2545f491, key)) & mask;
        while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
        table[2 * slot] = key;
        table[2 * slot + 1] = entry;
      }
      this.table = table;
      return;
    }
    for (let s = 0; s < oldSlots; s++) {
      const from = s * stride;
      if (old[from + words] === 0) continue;
      let slot = this.hash(old, from) & mask;
      while (table[slot * stride + words] !== 0) slot = (slot + 1) & mask;
      const to = slot * stride;
      for (let w = 0; w < stride; w++) table[to + w] = old[from + w] as number;
    }
    this.table = table;
  }
}
