import { describe as describeBlock, expect, it } from 'vitest';
import { article, assignmentProblem, comparisonProblem, describe, type TypeInfo } from './type-rules';

const mood: TypeInfo = { type: 'enum', values: ['calm', 'tense'], name: 'mood' };
const sameMood: TypeInfo = { type: 'enum', values: ['tense', 'calm'], name: 'other' };
const wider: TypeInfo = { type: 'enum', values: ['calm', 'tense', 'hostile'], name: 'wider' };
const disjoint: TypeInfo = { type: 'enum', values: ['red'], name: 'color' };
const str = (literal?: string): TypeInfo => (literal === undefined ? { type: 'string' } : { type: 'string', literal });

describeBlock('comparisonProblem', () => {
  it('lets two enums compare when they share at least one value', () => {
    expect(comparisonProblem('==', mood, wider)).toBeUndefined();
    expect(comparisonProblem('!=', mood, disjoint)).toContain('no value in common, so != is always true');
  });

  it('lets an enum compare only with a string literal among its values, on either side', () => {
    expect(comparisonProblem('==', mood, str('calm'))).toBeUndefined();
    expect(comparisonProblem('==', str('calm'), mood)).toBeUndefined();
    expect(comparisonProblem('==', mood, str('angry'))).toContain('"angry" is not one of them');
    expect(comparisonProblem('==', mood, str())).toContain('compare it with one of its values');
  });

  it('accepts anything next to an unknown type', () => {
    expect(comparisonProblem('==', { type: 'unknown' }, mood)).toBeUndefined();
    expect(comparisonProblem('==', { type: 'number' }, { type: 'unknown' })).toBeUndefined();
  });

  it('asks for one type otherwise', () => {
    expect(comparisonProblem('==', { type: 'bool' }, { type: 'bool' })).toBeUndefined();
    expect(comparisonProblem('==', { type: 'bool' }, { type: 'number' })).toBe(
      '== compares values of one type, but the left side is true or false and the right side is a number',
    );
  });
});

describeBlock('assignmentProblem', () => {
  it('needs the very same set of values between two enums, in any order', () => {
    expect(assignmentProblem(mood, sameMood)).toBeUndefined();
    expect(assignmentProblem(mood, wider)).toBe('"mood" and "wider" are enums with different values');
  });

  it('takes a string literal into an enum only when it is one of the values', () => {
    expect(assignmentProblem(mood, str('tense'))).toBeUndefined();
    expect(assignmentProblem(mood, str('hostile'))).toContain('"hostile" is not one of them');
  });

  it('needs matching types for the other types', () => {
    expect(assignmentProblem({ type: 'number', name: 'n' }, { type: 'number' })).toBeUndefined();
    expect(assignmentProblem({ type: 'string', name: 's' }, { type: 'number' })).toBe(
      '"s" holds a string, so it cannot be set to a number',
    );
  });
});

describeBlock('describe', () => {
  it('names a variable, quotes a literal, or falls back', () => {
    expect(describe({ type: 'number', name: 'n' }, 'x')).toBe('"n"');
    expect(describe(str('a"b'), 'x')).toBe('"a\\"b"');
    expect(describe({ type: 'number' }, 'the left side')).toBe('the left side');
  });
});

describeBlock('article', () => {
  it('says each type the way messages use it', () => {
    expect(['bool', 'number', 'string', 'enum', 'unknown'].map((t) => article(t as TypeInfo['type']))).toEqual([
      'true or false',
      'a number',
      'a string',
      'an enum',
      'of unknown type',
    ]);
  });
});
