/**
 * The explorer's set of packed states: an open-addressing hash table (linear probing) over growable typed
 * arrays. Hand-written because a JS Set of strings is ~10x slower and stops at 2^24 entries (V8's cap); this
 * one stores each state as `words` 32-bit ints and grows until memory runs out.
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

/** Packed states, each numbered by the order it was added (0, 1, 2, ...): the explorer's BFS queue. */
export class StateStore {
  readonly words: number;
  /** `words` ints per state, state i at [i*words, (i+1)*words). */
  data: Int32Array;
  count = 0;
  /** Whether the last `intern` added a state. */
  added = false;
  /** 1 for states in the hash table, 0 for states appended without (terminal ones, deduplicated elsewhere). */
  private hashed: Uint8Array;
  /** Slots hold state index + 1; 0 is empty. */
  private table: Int32Array;
  private mask: number;

  constructor(words: number, capacity = 1 << 12) {
    this.words = words;
    this.data = new Int32Array(capacity * words);
    this.hashed = new Uint8Array(capacity);
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
  }

  private hashAt(buf: Int32Array, at: number): number {
    let h = 0x2545f491;
    for (let w = 0; w < this.words; w++) h = mix(h, buf[at + w] as number);
    return finish(h);
  }

  /**
   * The index of the state in `buf[0..words)`, adding it (and setting `added`) when it is new; when it is
   * new and `mayAdd` is false, -1.
   */
  intern(buf: Int32Array, mayAdd = true): number {
    const words = this.words;
    const data = this.data;
    const table = this.table;
    const mask = this.mask;
    let slot = this.hashAt(buf, 0) & mask;
    for (;;) {
      const entry = table[slot] as number;
      if (entry === 0) break;
      const at = (entry - 1) * words;
      let same = true;
      for (let w = 0; w < words; w++) {
        if (data[at + w] !== buf[w]) {
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
    const index = this.append(buf);
    this.hashed[index] = 1;
    table[slot] = index + 1;
    // Keep the table at most 5/8 full: short probe runs, and doubling keeps it above 5/16.
    if (this.count * 8 > (mask + 1) * 5) this.rehash();
    this.added = true;
    return index;
  }

  /** Adds a state without hashing it (the caller deduplicates), returning its index. */
  append(buf: Int32Array): number {
    const index = this.count;
    if ((index + 1) * this.words > this.data.length) this.growData();
    this.data.set(buf.subarray(0, this.words), index * this.words);
    this.count = index + 1;
    return index;
  }

  private growData(): void {
    const cap = this.hashed.length * 2;
    const data = new Int32Array(cap * this.words);
    data.set(this.data);
    this.data = data;
    const hashed = new Uint8Array(cap);
    hashed.set(this.hashed);
    this.hashed = hashed;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.count; i++) {
      if (this.hashed[i] !== 1) continue;
      let slot = this.hashAt(this.data, i * this.words) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = i + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}
