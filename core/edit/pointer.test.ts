import { describe, expect, it } from 'vitest';
import { setAtPointer } from './pointer';

describe('setAtPointer', () => {
  it('writes a value at a pointer through objects and arrays', () => {
    const doc = { nodes: [{ data: { lines: ['a', 'b'] } }] };
    expect(setAtPointer(doc, '/nodes/0/data/lines/1', 'B')).toBe(true);
    expect(doc.nodes[0]?.data.lines).toEqual(['a', 'B']);
  });

  it('writes nothing where the pointer leads nowhere, adds no key, and never follows __proto__', () => {
    const doc = { nodes: [{ title: 't' }] } as Record<string, unknown>;
    expect(setAtPointer(doc, '/nodes/4/title', 'x')).toBe(false);
    expect(setAtPointer(doc, '/nodes/0/subtitle', 'x')).toBe(false);
    expect(setAtPointer(doc, '/__proto__/polluted', true)).toBe(false);
    expect(setAtPointer(doc, '', 'x')).toBe(false);
    expect(doc).toEqual({ nodes: [{ title: 't' }] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
