import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readList, writeList, type KeyedList } from './keyed-list';

const NONE = () => new Set<string>();
const listOf = (doc: Y.Doc): KeyedList => ({ items: doc.getMap('items'), order: doc.getMap('items.order') });
const ids = (doc: Y.Doc) => readList<{ id: string }>(listOf(doc)).map((i) => i.id);

describe('keyed list', () => {
  it('keeps the order it is given, an insertion in the middle writing one rank', () => {
    const doc = new Y.Doc();
    writeList(listOf(doc), [{ id: 'a' }, { id: 'b' }, { id: 'c' }], NONE);
    let writes = 0;
    listOf(doc).order.observe((e) => (writes += e.changes.keys.size));
    writeList(listOf(doc), [{ id: 'a' }, { id: 'x' }, { id: 'b' }, { id: 'c' }], NONE);
    expect(ids(doc)).toEqual(['a', 'x', 'b', 'c']);
    expect(writes).toBe(1);
  });

  it('puts two items appended at once at the end, in id order, on both sides', () => {
    const a = new Y.Doc();
    writeList(listOf(a), [{ id: 'm' }], NONE);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeList(listOf(a), [{ id: 'm' }, { id: 'z' }], NONE);
    writeList(listOf(b), [{ id: 'm' }, { id: 'k' }], NONE);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(ids(a)).toEqual(['m', 'k', 'z']);
    expect(ids(b)).toEqual(ids(a));
  });
});
