import fc from 'fast-check';
import { applyPatches, enablePatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { jsonPatches } from './json-patches';

enablePatches();

/**
 * Any JSON value without the keys Immer refuses in a patch's path (`__proto__`, `constructor`: its guard against
 * prototype pollution). Missions never hold them: the schema refuses unknown keys before any patch is made.
 */
const patchableJson = fc.jsonValue().filter((value) => !/"(__proto__|constructor)":/.test(JSON.stringify(value)));

describe('jsonPatches', () => {
  it('turns any JSON value into any other when applied with Immer', () => {
    fc.assert(
      fc.property(patchableJson, patchableJson, (before, after) => {
        expect(applyPatches(before as object, jsonPatches(before, after))).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });

  it('gives no patch for equal values, and one for a changed title, leaving the other objects as they were', () => {
    const before = {
      nodes: [
        { id: 'a', title: 'Arrival' },
        { id: 'b', title: 'Briefing' },
      ],
    };
    const after = {
      nodes: [
        { id: 'a', title: 'Arrival' },
        { id: 'b', title: 'Briefing at Starbase 39-Sierra' },
      ],
    };
    expect(jsonPatches(before, structuredClone(before))).toEqual([]);
    const patches = jsonPatches(before, after);
    expect(patches).toEqual([{ op: 'replace', path: ['nodes', 1, 'title'], value: 'Briefing at Starbase 39-Sierra' }]);
    expect(applyPatches(before, patches).nodes[0]).toBe(before.nodes[0]);
  });

  it('shortens an array with one length patch, as Immer itself does', () => {
    expect(jsonPatches({ list: [1, 2, 3] }, { list: [1] })).toEqual([{ op: 'replace', path: ['list', 'length'], value: 1 }]);
  });
});
