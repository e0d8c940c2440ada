import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index';

describe('LineIndex', () => {
  it('maps offsets to lines and columns counted from 1', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    expect(index.at(0)).toEqual({ line: 1, column: 1 });
    expect(index.at(4)).toEqual({ line: 2, column: 2 });
    expect(index.at(6)).toEqual({ line: 3, column: 1 });
    expect(index.at(8)).toEqual({ line: 4, column: 2 });
  });
});
