import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveItem, removeAt, replaceAt, withOptional } from './list-edit';

describe('moveItem', () => {
  it('moves an item one place up', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
  });

  it('keeps every item and the length, wherever it moves', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: -2, max: 12 }), fc.integer({ min: -2, max: 12 }), (list, from, to) => {
        const moved = moveItem(list, from, to);
        expect(moved.slice().sort()).toEqual(list.slice().sort());
      }),
    );
  });

  it('does not touch the list it was given', () => {
    const list = Object.freeze(['a', 'b']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a']);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('removeAt', () => {
  it('drops only the item at the index', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('replaceAt', () => {
  it('replaces only the item at the index', () => {
    expect(replaceAt(['a', 'b', 'c'], 1, 'x')).toEqual(['a', 'x', 'c']);
  });
});

describe('withOptional', () => {
  it('drops the key when the value is empty and sets it otherwise', () => {
    expect(withOptional({ id: 'a', condition: 'x' }, 'condition', '')).toEqual({ id: 'a' });
    expect(withOptional({ id: 'a' } as { id: string; condition?: string }, 'condition', 'y')).toEqual({ id: 'a', condition: 'y' });
  });
});
