import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VariableDecl, VariableType } from '@mission-studio/core/format';
import { changeEnumValues, changeVariableType, parseList, parseTags } from './typed-value';

describe('changeVariableType', () => {
  const decl = (initial: VariableDecl['initial'], type: VariableType = 'string'): VariableDecl => ({
    id: 'v',
    type,
    initial,
    description: 'd',
  });

  it('keeps a numeric text as the number when a string becomes a number', () => {
    expect(changeVariableType(decl('12'), 'number')).toEqual({ id: 'v', type: 'number', initial: 12, description: 'd' });
  });

  it("falls back to the type's default when the value does not fit", () => {
    expect(changeVariableType(decl('many'), 'number').initial).toBe(0);
    expect(changeVariableType(decl(3, 'number'), 'bool').initial).toBe(false);
  });

  it('gives a new enum one value, from the old text when there is one', () => {
    expect(changeVariableType(decl('calm'), 'enum')).toMatchObject({ type: 'enum', values: ['calm'], initial: 'calm' });
    expect(changeVariableType(decl(true, 'bool'), 'enum')).toMatchObject({ values: ['first'], initial: 'first' });
  });

  it('drops the enum values when the variable stops being an enum', () => {
    const e: VariableDecl = { id: 'v', type: 'enum', initial: 'a', values: ['a', 'b'] };
    expect(changeVariableType(e, 'string')).toEqual({ id: 'v', type: 'string', initial: 'a' });
  });

  it('always gives an initial value of the new type', () => {
    const kinds: Record<VariableType, string> = { bool: 'boolean', number: 'number', string: 'string', enum: 'string' };
    fc.assert(
      fc.property(
        fc.oneof(fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()),
        fc.constantFrom<VariableType>('bool', 'number', 'string', 'enum'),
        (initial, type) => {
          const next = changeVariableType(decl(initial), type);
          expect(typeof next.initial).toBe(kinds[type]);
          if (type === 'enum') expect(next.values).toContain(next.initial);
        },
      ),
    );
  });
});

describe('parseList', () => {
  it('splits on commas and drops blanks', () => {
    expect(parseList(' federation, klingon ,, ')).toEqual(['federation', 'klingon']);
  });
});

describe('changeEnumValues', () => {
  it('keeps the initial value while it is allowed and else takes the first', () => {
    const e: VariableDecl = { id: 'v', type: 'enum', initial: 'b', values: ['a', 'b'] };
    expect(changeEnumValues(e, ['b', 'c']).initial).toBe('b');
    expect(changeEnumValues(e, ['c', 'd']).initial).toBe('c');
  });
});

describe('parseTags', () => {
  it('reads words separated by spaces or commas, each once', () => {
    expect(parseTags(' act1, needs-review  act1,,boss ')).toEqual({ ok: true, value: ['act1', 'needs-review', 'boss'] });
  });

  it('reads an empty text as no tags', () => {
    expect(parseTags('  ')).toEqual({ ok: true, value: [] });
  });

  it('refuses a tag past the length limit and more tags than a node may have', () => {
    expect(parseTags('x'.repeat(201))).toMatchObject({ ok: false, message: expect.stringContaining('200 characters') });
    expect(parseTags(Array.from({ length: 101 }, (_, i) => `t${i}`).join(' '))).toMatchObject({
      ok: false,
      message: expect.stringContaining('at most 100'),
    });
  });
});
