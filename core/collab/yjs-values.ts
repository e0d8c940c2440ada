import * as Y from 'yjs';

/**
 * JSON values inside a Yjs document, and the smallest Yjs operations that turn one into another.
 *
 * Only the strings a person writes (lines, titles, choice text) become `Y.Text`, so two people typing in one line
 * merge by character; the objects and arrays on the way to such a string become `Y.Map` and `Y.Array`, so edits
 * to different lines or choices of one node merge too. Everything else (ids, expressions, numbers, positions) is a
 * plain value that the last writer sets whole: merging two half-edited expressions by character would make one
 * neither person wrote.
 */

/** JSON pointers (relative to the item) of the strings that are `Y.Text`: `/title`, `/data/lines/0`. */
export type TextPaths = ReadonlySet<string>;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Whether a text field lies at or below `path`: then the value there is mapped structurally. */
function holdsText(path: string, texts: TextPaths): boolean {
  if (texts.has(path)) return true;
  const prefix = `${path}/`;
  for (const text of texts) if (text.startsWith(prefix)) return true;
  return false;
}

type Kind = 'text' | 'map' | 'array' | 'plain';

function kindFor(value: unknown, path: string, texts: TextPaths): Kind {
  if (typeof value === 'string') return texts.has(path) ? 'text' : 'plain';
  if (value === null || typeof value !== 'object' || !holdsText(path, texts)) return 'plain';
  return Array.isArray(value) ? 'array' : 'map';
}

function kindOf(y: unknown): Kind {
  if (y instanceof Y.Text) return 'text';
  if (y instanceof Y.Map) return 'map';
  if (y instanceof Y.Array) return 'array';
  return 'plain';
}

// Plain values are stored as copies: Yjs keeps a reference, and the caller's objects may be frozen by Immer.
const copy = (value: unknown): unknown => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown));

/** A JSON value as Yjs content: `Y.Text` at text paths, `Y.Map`/`Y.Array` on the way to them, else a copy. */
function toYValue(value: unknown, path: string, texts: TextPaths): unknown {
  switch (kindFor(value, path, texts)) {
    case 'text':
      return new Y.Text(value as string);
    case 'array': {
      const array = new Y.Array<unknown>();
      array.insert(
        0,
        (value as unknown[]).map((item, i) => toYValue(item, `${path}/${i}`, texts)),
      );
      return array;
    }
    case 'map': {
      const map = new Y.Map<unknown>();
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (child !== undefined) map.set(key, toYValue(child, `${path}/${key}`, texts));
      }
      return map;
    }
    case 'plain':
      return copy(value);
  }
}

/** Yjs content back as JSON. */
export function fromYValue(y: unknown): Json {
  if (y instanceof Y.Text) return y.toString();
  if (y instanceof Y.Array) return y.toArray().map(fromYValue);
  if (y instanceof Y.Map) {
    const out: Record<string, Json> = {};
    // forEach, not entries(): reading a changed node is on every remote edit's path, and the iterator cost more.
    y.forEach((child, key) => {
      // defineProperty for `__proto__`: that key from a remote peer stays a plain key.
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: fromYValue(child), enumerable: true, writable: true, configurable: true });
      else out[key] = fromYValue(child);
    });
    return out;
  }
  return y as Json;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Edits `text` into `next` by one deletion and one insertion between their common prefix and suffix. */
function writeText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  if (prev.length - start - end > 0) text.delete(start, prev.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
}

/** Writes `next` into a `Y.Map` that holds the item at `path`: unchanged keys get no operation. */
export function writeMap(map: Y.Map<unknown>, next: Record<string, unknown>, path: string, texts: TextPaths): void {
  for (const key of [...map.keys()]) if (next[key] === undefined) map.delete(key);
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const childPath = `${path}/${key}`;
    const current = map.get(key);
    if (map.has(key) && kindOf(current) === kindFor(value, childPath, texts)) {
      if (writeInPlace(current, value, childPath, texts)) continue;
    }
    map.set(key, toYValue(value, childPath, texts));
  }
}

// Updates a Yjs value of the right kind in place; false for a plain value that must be set anew.
function writeInPlace(current: unknown, value: unknown, path: string, texts: TextPaths): boolean {
  if (current instanceof Y.Text) writeText(current, value as string);
  else if (current instanceof Y.Map) writeMap(current, value as Record<string, unknown>, path, texts);
  else if (current instanceof Y.Array) writeArray(current, value as unknown[], path, texts);
  else return same(current, value);
  return true;
}

/**
 * Writes `next` into a `Y.Array`: the items equal at both ends stay; when as many items changed as there were,
 * each is edited in place (typing in line 3 edits line 3's text), otherwise the changed run is replaced.
 */
function writeArray(array: Y.Array<unknown>, next: unknown[], path: string, texts: TextPaths): void {
  const prev = array.toArray();
  let start = 0;
  while (start < prev.length && start < next.length && same(fromYValue(prev[start]), next[start])) start++;
  let end = 0;
  while (
    end < prev.length - start &&
    end < next.length - start &&
    same(fromYValue(prev[prev.length - 1 - end]), next[next.length - 1 - end])
  )
    end++;
  const removed = prev.length - start - end;
  const added = next.length - start - end;
  if (removed === added) {
    for (let i = start; i < start + added; i++) {
      const childPath = `${path}/${i}`;
      if (kindOf(prev[i]) === kindFor(next[i], childPath, texts) && writeInPlace(prev[i], next[i], childPath, texts)) continue;
      array.delete(i, 1);
      array.insert(i, [toYValue(next[i], childPath, texts)]);
    }
    return;
  }
  if (removed > 0) array.delete(start, removed);
  if (added > 0)
    array.insert(
      start,
      next.slice(start, start + added).map((item, k) => toYValue(item, `${path}/${start + k}`, texts)),
    );
}
