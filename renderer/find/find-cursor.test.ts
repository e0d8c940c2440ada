import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FindMatch } from '@mission-studio/core/edit';
import { counterText, cycleIndex, followMatch, replacedText } from './find-cursor';

const match = (nodeId: string, path = '/title'): FindMatch => ({ nodeId, path, field: 'title', excerpt: nodeId, at: 0, length: 1 });

describe('cycleIndex', () => {
  it('wraps from the last match to the first and back', () => {
    expect(cycleIndex(2, 3, 1)).toBe(0);
    expect(cycleIndex(0, 3, -1)).toBe(2);
    expect(cycleIndex(0, 3, 1)).toBe(1);
  });

  it('reports no match when there are none', () => {
    expect(cycleIndex(0, 0, 1)).toBe(-1);
  });

  it('visits every match once in count steps, either way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(), fc.constantFrom(1, -1), (count, start, step) => {
        let index = start % count;
        const seen = new Set<number>();
        for (let i = 0; i < count; i++) seen.add((index = cycleIndex(index, count, step)));
        expect(seen.size).toBe(count);
        expect(index).toBe(start % count);
      }),
    );
  });
});

describe('counterText', () => {
  it('counts from one', () => {
    expect(counterText(2, 12, 'trem')).toBe('3 of 12');
  });

  it('says when nothing matches, and nothing while the query is blank', () => {
    expect(counterText(0, 0, 'zzz')).toBe('No matches');
    expect(counterText(0, 0, ' ')).toBe('');
  });
});

describe('followMatch', () => {
  it('stays on the same field when matches before it come and go', () => {
    expect(followMatch(match('b'), 1, [match('a'), match('x'), match('b')])).toBe(2);
  });

  it('keeps the position, clamped, when the field no longer matches', () => {
    expect(followMatch(match('gone'), 5, [match('a'), match('b')])).toBe(1);
    expect(followMatch(undefined, 0, [])).toBe(0);
  });
});

describe('replacedText', () => {
  it('counts the fields Replace all changed', () => {
    expect(replacedText(1)).toBe('Replaced in 1 field');
    expect(replacedText(9)).toBe('Replaced in 9 fields');
    expect(replacedText(0)).toBe('Nothing to replace');
  });
});
