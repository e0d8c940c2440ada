/** A size-capped memo table: the validator re-parses every expression on each keystroke, so hits must be cheap. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity: number) {}

  /** The value stored under `key`, computing and storing it on a miss. */
  getOrCompute(key: string, compute: (key: string) => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (this.entries.size >= this.capacity) {
      // Evict the oldest entry (a Map iterates in insertion order): cheaper than true LRU and good enough here.
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  /** How many entries are stored. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
  }
}
