/**
 * Packs a kernel cursor into a few 32-bit words and back: the node, the variables that matter (a bool is one
 * bit; enums, numbers and strings are small ids into per-variable tables of the values seen so far), the
 * used once-options and the visited flags that visited() reads.
 */
import type { Value } from '../../format/mission.types';
import type { CompiledMission } from '../compile/compiled-mission.types';
import type { Cursor } from '../compile/cursor';

const FIELD_BOOL = 0;
const FIELD_INTERN = 1;
const FIELD_ONCE = 2;
const FIELD_VISITED = 3;

/** The widest field for one variable: 2^24 distinct values. Past it the explorer gives up on completeness. */
export const MAX_FIELD_BITS = 24;
/** Starting width of number and string fields; the explorer widens a field and starts over when it fills. */
const DEFAULT_VALUE_BITS = 8;

/** Bits needed to tell `n` values apart (at least 1). */
export function bitsFor(n: number): number {
  let bits = 1;
  while (bits < 31 && 2 ** bits < n) bits++;
  return bits;
}

/** Distinct values of one variable, numbered in the order first seen. */
interface InternTable {
  ids: Map<Value, number>;
  values: Value[];
  capacity: number;
  /** Ids of the integers SMALL_MIN .. SMALL_MIN+255 (or -1), so counters skip the Map. */
  small: Int32Array;
}

const SMALL_MIN = -64;

function createTable(seed: Value[], capacity: number): InternTable {
  const table: InternTable = { ids: new Map(), values: [], capacity, small: new Int32Array(256).fill(-1) };
  for (const v of seed) addValue(table, v);
  return table;
}

function addValue(table: InternTable, v: Value): number {
  const id = table.values.length;
  table.ids.set(v, id);
  table.values.push(v);
  if (typeof v === 'number' && Number.isInteger(v) && v >= SMALL_MIN && v < SMALL_MIN + 256 && !Object.is(v, -0)) {
    table.small[v - SMALL_MIN] = id;
  }
  return id;
}

/** The id of `v`, adding it when there is room; -1 when the table is full. */
function internValue(table: InternTable, v: Value): number {
  if (typeof v === 'number') {
    const k = v - SMALL_MIN;
    // (k | 0) === k: an integer in range; -0 maps like 0, which is fine since -0 === 0 in the language.
    if (k >= 0 && k < 256 && (k | 0) === k) {
      const id = table.small[k] as number;
      if (id >= 0) return id;
    }
  }
  const id = table.ids.get(v);
  if (id !== undefined) return id;
  return table.values.length < table.capacity ? addValue(table, v) : -1;
}

/** Packs and unpacks cursors for one compiled mission and one choice of field widths. */
export class StateCodec {
  readonly words: number;
  readonly nodeMask: number;
  /** Slot of the variable whose field was full on the last failed `pack`. */
  overflowSlot = -1;
  /** Per-slot field width chosen for interned variables (bools and unused slots: 0). */
  readonly slotBits: Int32Array;
  private readonly kind: Uint8Array;
  private readonly index: Int32Array;
  private readonly word: Int32Array;
  private readonly shift: Int32Array;
  private readonly mask: Int32Array;
  private readonly interns: (InternTable | null)[];
  /** Field index per slot, -1 for slots left out. */
  private readonly slotField: Int32Array;
  /** Fields from here on are once-options and visited flags. */
  private readonly flagStart: number;
  private readonly onceCount: number;

  /** `widths` overrides the starting width of interned slots (the explorer widens after an overflow). */
  constructor(cm: CompiledMission, widths: ReadonlyMap<number, number>) {
    const kinds: number[] = [];
    const indices: number[] = [];
    const bitsList: number[] = [];
    const interns: (InternTable | null)[] = [];
    this.slotBits = new Int32Array(cm.slots.length);
    cm.slots.forEach((slot, s) => {
      if (cm.slotRelevant[s] !== 1) return; // never read: it cannot change what happens
      if (slot.type === 'bool') {
        kinds.push(FIELD_BOOL);
        bitsList.push(1);
        interns.push(null);
      } else {
        const seed: Value[] = slot.type === 'enum' ? [...(slot.values ?? [])] : [];
        if (!seed.includes(slot.initial)) seed.push(slot.initial);
        if (slot.type === 'string') for (const lit of cm.stringLiterals) if (!seed.includes(lit)) seed.push(lit);
        const natural = slot.type === 'enum' ? bitsFor(seed.length) : Math.max(DEFAULT_VALUE_BITS, bitsFor(seed.length + 1));
        const bits = Math.min(MAX_FIELD_BITS, Math.max(widths.get(s) ?? 0, natural));
        kinds.push(FIELD_INTERN);
        bitsList.push(bits);
        interns.push(createTable(seed, 2 ** bits));
      }
      indices.push(s);
      this.slotBits[s] = bitsList[bitsList.length - 1] as number;
    });
    this.slotField = new Int32Array(cm.slots.length).fill(-1);
    indices.forEach((slot, f) => {
      this.slotField[slot] = f;
    });
    this.flagStart = kinds.length;
    this.onceCount = cm.onceKeys.length;
    for (let i = 0; i < cm.onceKeys.length; i++) {
      kinds.push(FIELD_ONCE);
      indices.push(i);
      bitsList.push(1);
      interns.push(null);
    }
    for (let t = 0; t < cm.trackedNodes.length; t++) {
      kinds.push(FIELD_VISITED);
      indices.push(t);
      bitsList.push(1);
      interns.push(null);
    }
    // The node comes first in word 0; no field crosses a word boundary, so each is one shift and mask.
    const nodeBits = bitsFor(cm.nodeCount);
    this.nodeMask = nodeBits >= 31 ? 0x7fffffff : 2 ** nodeBits - 1;
    let w = 0;
    let used = nodeBits;
    const words: number[] = [];
    const shifts: number[] = [];
    for (const bits of bitsList) {
      if (used + bits > 32) {
        w++;
        used = 0;
      }
      words.push(w);
      shifts.push(used);
      used += bits;
    }
    this.words = w + 1;
    this.kind = Uint8Array.from(kinds);
    this.index = Int32Array.from(indices);
    this.word = Int32Array.from(words);
    this.shift = Int32Array.from(shifts);
    this.mask = Int32Array.from(bitsList.map((b) => (b >= 32 ? -1 : 2 ** b - 1)));
    this.interns = interns;
  }

  /** Writes the cursor into `buf[at..at+words)`. False (with `overflowSlot`) when a variable's field is full. */
  pack(c: Cursor, buf: Int32Array, at = 0): boolean {
    const words = this.words;
    for (let w = 1; w < words; w++) buf[at + w] = 0;
    buf[at] = c.node;
    const n = this.kind.length;
    const vars = c.vars;
    for (let f = 0; f < n; f++) {
      const i = this.index[f] as number;
      let code: number;
      switch (this.kind[f]) {
        case FIELD_BOOL:
          code = vars[i] === true ? 1 : 0;
          break;
        case FIELD_INTERN:
          code = internValue(this.interns[f] as InternTable, vars[i] as Value);
          if (code < 0) {
            this.overflowSlot = i;
            return false;
          }
          break;
        case FIELD_ONCE:
          code = c.once[i] as number;
          break;
        default:
          code = c.visited[i] as number;
      }
      const w = at + (this.word[f] as number);
      buf[w] = (buf[w] as number) | (code << (this.shift[f] as number));
    }
    return true;
  }

  /**
   * Like `pack`, for a cursor that was the state at `data[at..]` before the kernel changed it: starts from
   * those words and re-encodes only the node, the written slots and (when changed) the flags.
   */
  packChanges(data: Int32Array, at: number, c: Cursor, buf: Int32Array, bufAt: number): boolean {
    if (c.writtenCount > c.written.length) return this.pack(c, buf, bufAt);
    const words = this.words;
    for (let w = 0; w < words; w++) buf[bufAt + w] = data[at + w] as number;
    buf[bufAt] = ((buf[bufAt] as number) & ~this.nodeMask) | c.node;
    const written = c.written;
    const vars = c.vars;
    for (let k = 0; k < c.writtenCount; k++) {
      const i = written[k] as number;
      const f = this.slotField[i] as number;
      if (f < 0) continue;
      let code: number;
      if (this.kind[f] === FIELD_BOOL) code = vars[i] === true ? 1 : 0;
      else {
        code = internValue(this.interns[f] as InternTable, vars[i] as Value);
        if (code < 0) {
          this.overflowSlot = i;
          return false;
        }
      }
      this.put(buf, bufAt, f, code);
    }
    if (c.flagsChanged) {
      const n = this.kind.length;
      for (let f = this.flagStart; f < n; f++) {
        const i = this.index[f] as number;
        this.put(buf, bufAt, f, this.kind[f] === FIELD_ONCE ? (c.once[i] as number) : (c.visited[i] as number));
      }
    }
    return true;
  }

  /** Whether the last `packChangesOne` found a variable's field full (see `overflowSlot`). */
  failed = false;
  private readonly one = new Int32Array(1);

  /**
   * `packChanges` for one-word states, on the word itself rather than through buffers (the explorer's hot
   * path): the new word, from the old one and the kernel's changes. Check `failed` afterwards.
   */
  packChangesOne(word: number, c: Cursor): number {
    this.failed = false;
    if (c.writtenCount > c.written.length) {
      if (this.pack(c, this.one)) return this.one[0] as number;
      this.failed = true;
      return 0;
    }
    let w = (word & ~this.nodeMask) | c.node;
    const written = c.written;
    const vars = c.vars;
    for (let k = 0; k < c.writtenCount; k++) {
      const i = written[k] as number;
      const f = this.slotField[i] as number;
      if (f < 0) continue;
      let code: number;
      if (this.kind[f] === FIELD_BOOL) code = vars[i] === true ? 1 : 0;
      else {
        code = internValue(this.interns[f] as InternTable, vars[i] as Value);
        if (code < 0) {
          this.overflowSlot = i;
          this.failed = true;
          return 0;
        }
      }
      const shift = this.shift[f] as number;
      w = (w & ~((this.mask[f] as number) << shift)) | (code << shift);
    }
    if (c.flagsChanged) {
      const n = this.kind.length;
      for (let f = this.flagStart; f < n; f++) {
        const i = this.index[f] as number;
        const code = this.kind[f] === FIELD_ONCE ? (c.once[i] as number) : (c.visited[i] as number);
        const shift = this.shift[f] as number;
        w = (w & ~((this.mask[f] as number) << shift)) | (code << shift);
      }
    }
    return w;
  }

  private put(buf: Int32Array, at: number, f: number, code: number): void {
    const w = at + (this.word[f] as number);
    const shift = this.shift[f] as number;
    buf[w] = ((buf[w] as number) & ~((this.mask[f] as number) << shift)) | (code << shift);
  }

  /** Sets the cursor to the state at `data[at..at+words)`. Slots left out of the state keep their values. */
  unpack(data: Int32Array, at: number, c: Cursor): void {
    c.node = (data[at] as number) & this.nodeMask;
    c.error = null;
    const n = this.kind.length;
    const vars = c.vars;
    for (let f = 0; f < n; f++) {
      const raw = ((data[at + (this.word[f] as number)] as number) >>> (this.shift[f] as number)) & (this.mask[f] as number);
      const i = this.index[f] as number;
      switch (this.kind[f]) {
        case FIELD_BOOL:
          vars[i] = raw === 1;
          break;
        case FIELD_INTERN:
          vars[i] = (this.interns[f] as InternTable).values[raw] as Value;
          break;
        case FIELD_ONCE:
          c.once[i] = raw;
          break;
        default:
          c.visited[i] = raw;
      }
    }
  }

  /**
   * `unpack` for one-word states into a cursor that holds the state `previous` (unpacked before, unchanged
   * since): only the fields whose bits differ are written. BFS neighbours share most fields, so this skips most.
   * Its field switch repeats `unpack`'s on purpose: both are the explorer's innermost loop, kept inline.
   */
  unpackChanges(word: number, previous: number, c: Cursor): void {
    c.node = word & this.nodeMask;
    c.error = null;
    const diff = word ^ previous;
    const n = this.kind.length;
    const vars = c.vars;
    for (let f = 0; f < n; f++) {
      const shift = this.shift[f] as number;
      const mask = this.mask[f] as number;
      if (((diff >>> shift) & mask) === 0) continue;
      const raw = (word >>> shift) & mask;
      const i = this.index[f] as number;
      switch (this.kind[f]) {
        case FIELD_BOOL:
          vars[i] = raw === 1;
          break;
        case FIELD_INTERN:
          vars[i] = (this.interns[f] as InternTable).values[raw] as Value;
          break;
        case FIELD_ONCE:
          c.once[i] = raw;
          break;
        default:
          c.visited[i] = raw;
      }
    }
  }

  /** One-word states: the bits of a variable's field (0 when the state leaves the variable out). */
  slotBitsMask(slot: number): number {
    const f = this.slotField[slot] ?? -1;
    return f < 0 ? 0 : this.fieldMask(f);
  }

  /** One-word states: the bit of a once-option. */
  onceBit(once: number): number {
    return once < 0 ? 0 : this.fieldMask(this.flagStart + once);
  }

  /** One-word states: the bit of a tracked node's visited flag. */
  visitedBit(tracked: number): number {
    return tracked < 0 ? 0 : this.fieldMask(this.flagStart + this.onceCount + tracked);
  }

  private fieldMask(f: number): number {
    if (this.words !== 1 || f >= this.kind.length) return 0;
    return ((this.mask[f] as number) << (this.shift[f] as number)) | 0;
  }

  /** The node of the state at `data[at..]`. */
  nodeOf(data: Int32Array, at: number): number {
    return (data[at] as number) & this.nodeMask;
  }
}
