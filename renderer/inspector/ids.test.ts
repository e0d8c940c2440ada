import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkId, freshId, ID_PATTERN, VARIABLE_ID_PATTERN } from './ids';

const nodeRule = (taken: string[]) => ({ pattern: ID_PATTERN, taken: new Set(taken), what: 'node' });

describe('checkId', () => {
  it('accepts an id that matches the pattern and is free', () => {
    expect(checkId('round-skyl.2:a_b', 'old', nodeRule(['other']))).toBeNull();
  });

  it('reports an empty id', () => {
    expect(checkId('', 'old', nodeRule([]))).toMatch(/cannot be empty/);
  });

  it('reports an id with a space or a leading dash', () => {
    expect(checkId('two words', 'old', nodeRule([]))).toMatch(/Use letters/);
    expect(checkId('-dash', 'old', nodeRule([]))).toMatch(/Use letters/);
  });

  it('reports an id another node has, but lets a node keep its own', () => {
    expect(checkId('taken', 'old', nodeRule(['taken']))).toMatch(/Another node already has the id 'taken'/);
    expect(checkId('old', 'old', nodeRule(['old']))).toBeNull();
  });

  it('reports a variable id that starts with a digit', () => {
    expect(checkId('1st', 'x', { pattern: VARIABLE_ID_PATTERN, taken: new Set(), what: 'variable' })).toMatch(
      /starting with a letter or _/,
    );
  });

  it("reports what the rule's own check says, such as a reserved word, but lets an id keep its value", () => {
    const rule = {
      pattern: VARIABLE_ID_PATTERN,
      taken: new Set<string>(),
      what: 'variable',
      problem: (id: string) => (id === 'visited' ? 'reserved' : null),
    };
    expect(checkId('visited', 'x', rule)).toBe('reserved');
    expect(checkId('visited', 'visited', rule)).toBeNull();
    expect(checkId('seen', 'x', rule)).toBeNull();
  });

  it('accepts exactly the strings the schema pattern accepts, when free', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (id) => {
        expect(checkId(id, '', nodeRule([])) === null).toBe(/^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/.test(id));
      }),
    );
  });
});

describe('freshId', () => {
  it('returns the first numbered id that is not taken', () => {
    expect(freshId('choice', new Set(['choice-1', 'choice-3']))).toBe('choice-2');
    expect(freshId('unit', new Set(), '')).toBe('unit1');
  });

  it('never returns a taken id', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 }).map((i) => `c-${i}`)), (ids) => {
        const taken = new Set(ids);
        expect(taken.has(freshId('c', taken))).toBe(false);
      }),
    );
  });
});
