import { describe, expect, it } from 'vitest';
import type { RevealRequest } from '../state/editor-store';
import { takeReveal } from './reveal-tracker';

const range = { offset: 10, length: 3, line: 2, column: 4 };
const request = (seq: number, where: RevealRequest['where'] = 'source'): RevealRequest => ({ seq, range, where });

describe('takeReveal', () => {
  it('gives the range of a new source request once', () => {
    const store = {};
    expect(takeReveal(store, request(1))).toEqual(range);
    expect(takeReveal(store, request(1))).toBeNull();
  });

  it('gives a later request after an earlier one', () => {
    const store = {};
    takeReveal(store, request(1));
    expect(takeReveal(store, request(2))).toEqual(range);
  });

  it('ignores requests for the graph', () => {
    expect(takeReveal({}, request(1, 'graph'))).toBeNull();
  });

  it('keeps each store apart', () => {
    const a = {};
    takeReveal(a, request(5));
    expect(takeReveal({}, request(5))).toEqual(range);
  });
});
