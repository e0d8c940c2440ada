import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSelection } from './selection-sync';

describe('nextSelection', () => {
  it('adds and removes ids as React Flow reports, keeping the earlier order', () => {
    expect(
      nextSelection(
        ['a', 'b'],
        [
          { id: 'c', selected: true },
          { id: 'a', selected: false },
        ],
      ),
    ).toEqual(['b', 'c']);
  });

  it('reports no change when every change matches the current selection', () => {
    expect(
      nextSelection(
        ['a'],
        [
          { id: 'a', selected: true },
          { id: 'b', selected: false },
        ],
      ),
    ).toBeNull();
  });

  it('ends with exactly the ids whose last change selected them, plus untouched ones', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.uniqueArray(id), fc.array(fc.record({ id, selected: fc.boolean() })), (current, changes) => {
        const expected = new Set(current);
        for (const c of changes)
          if (c.selected) expected.add(c.id);
          else expected.delete(c.id);
        const result = nextSelection(current, changes);
        expect(new Set(result ?? current)).toEqual(expected);
      }),
    );
  });
});
