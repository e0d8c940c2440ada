import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromYValue } from './yjs-values';

describe('fromYValue', () => {
  it('reads nested maps, arrays and texts back as JSON', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('node');
    doc.transact(() => {
      map.set('id', 'talk');
      const lines = new Y.Array<Y.Text>();
      lines.insert(0, [new Y.Text('Well?'), new Y.Text('Speak up.')]);
      const data = new Y.Map<unknown>();
      data.set('lines', lines);
      map.set('data', data);
    });
    expect(fromYValue(map)).toEqual({ id: 'talk', data: { lines: ['Well?', 'Speak up.'] } });
  });

  it('keeps a __proto__ key from a remote peer as a plain key and touches no prototype', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('__proto__', { polluted: true });
    const read = fromYValue(doc.getMap('meta')) as Record<string, unknown>;
    expect(Object.keys(read)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect((read as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
