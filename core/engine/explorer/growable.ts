/** Growable typed arrays: the explorer keeps millions of states and transitions, beyond what JS arrays or Sets hold well. */

/** An append-only Int32Array that doubles when full. */
export class GrowableInt32 {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  /** Appends one value. */
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }

  /** Makes room for at least `size` values (keeping the contents). */
  grow(size: number): void {
    if (size <= this.data.length) return;
    let cap = this.data.length * 2;
    while (cap < size) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

/** An append-only Uint8Array that doubles when full. */
export class GrowableUint8 {
  data: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint8Array(Math.max(16, capacity));
  }

  /** Appends one value. */
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}
