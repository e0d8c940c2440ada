import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextChange, diffText } from './text-diff';

describe('diffText', () => {
  it('returns null when the texts are the same', () => {
    expect(diffText('{"a": 1}', '{"a": 1}')).toBeNull();
  });

  it('touches only the changed characters when one value changes in the middle', () => {
    expect(diffText('{"title": "Old"}', '{"title": "New"}')).toEqual({ offset: 11, deleteLength: 3, insert: 'New' });
  });

  it('describes a pure insertion with no deleted characters', () => {
    expect(diffText('ab', 'aXb')).toEqual({ offset: 1, deleteLength: 0, insert: 'X' });
  });

  it('does not cut a surrogate pair in half when two emoji share their first unit', () => {
    const change = diffText('a😀b', 'a😁b');
    expect(change?.offset).toBe(1);
    expect(change?.insert).toBe('😁');
  });

  it('gives back the new text when its change is applied to the old one, for any two texts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, after) => {
        const change = diffText(before, after);
        expect(change === null ? before : applyTextChange(before, change)).toBe(after);
      }),
    );
  });

  it('changes no more than what was replaced, for any replacement inside an ASCII text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (prefix, removed, inserted, suffix) => {
        const before = prefix + removed + suffix;
        const after = prefix + inserted + suffix;
        const change = diffText(before, after);
        if (change === null) {
          expect(before).toBe(after);
          return;
        }
        expect(change.deleteLength).toBeLessThanOrEqual(removed.length);
        expect(change.insert.length).toBeLessThanOrEqual(inserted.length);
      }),
    );
  });

  it('finds the one change in long texts, wherever it lies against the chunks compared at once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.string({ maxLength: 3 }),
        fc.string({ minLength: 1, maxLength: 3 }),
        (before, after, removed, inserted) => {
          const prefix = 'ab'.repeat(before).slice(0, before);
          const suffix = 'cd'.repeat(after).slice(0, after);
          const old = prefix + removed + suffix;
          const next = prefix + inserted + suffix;
          const change = diffText(old, next);
          expect(change === null ? old : applyTextChange(old, change)).toBe(next);
          if (change) expect(change.deleteLength + change.insert.length).toBeLessThanOrEqual(removed.length + inserted.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
