import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallMission } from '@mission-studio/core/test-support';
import { expressionProblems } from './expression-problems';

const mission = smallMission();

describe('expressionProblems', () => {
  it('reports nothing for a valid condition', () => {
    expect(expressionProblems('credits >= 10 && visited("talk")', 'condition', mission)).toEqual([]);
  });

  it('reports nothing for empty text, which means no condition', () => {
    expect(expressionProblems('   ', 'condition', mission)).toEqual([]);
  });

  it('marks the character where a syntax error is', () => {
    const [problem] = expressionProblems('credits >= ', 'condition', mission);
    expect(problem?.code).toBe('expression-error');
    expect(problem && problem.end - problem.start).toBe(1);
  });

  it('marks an undeclared variable itself', () => {
    expect(expressionProblems('credits > 3 && latinum', 'condition', mission)).toEqual([
      expect.objectContaining({ code: 'undefined-variable', start: 15, end: 22 }),
    ]);
  });

  it('marks the whole word, not a longer name that contains it', () => {
    const text = 'latinumBars > 1 || latinum';
    const problems = expressionProblems(text, 'condition', mission).filter((p) => p.message.includes('"latinum"'));
    expect(problems).toEqual([expect.objectContaining({ start: text.lastIndexOf('latinum'), end: text.length })]);
  });

  it('marks the unknown node id inside visited', () => {
    const text = 'visited("talk") && visited("nowhere")';
    expect(expressionProblems(text, 'condition', mission)).toEqual([
      expect.objectContaining({ code: 'unknown-reference', start: text.indexOf('"nowhere"'), end: text.length - 1 }),
    ]);
  });

  it('spans the whole expression, without surrounding spaces, for a problem with no name in it', () => {
    expect(expressionProblems('  credits + 1 ', 'condition', mission)).toEqual([
      expect.objectContaining({ code: 'type-mismatch', start: 2, end: 13 }),
    ]);
  });

  it('reports a type mismatch in an effect', () => {
    expect(expressionProblems('trusted += 1', 'effect', mission).map((p) => p.code)).toEqual(['type-mismatch']);
  });

  it('checks syntax only when there is no mission', () => {
    expect(expressionProblems('latinum > 3', 'condition', null)).toEqual([]);
    expect(expressionProblems('latinum >', 'condition', null)).toHaveLength(1);
  });

  it('keeps every problem inside the text, for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<'condition' | 'effect'>('condition', 'effect'), (text, kind) => {
        for (const p of expressionProblems(text, kind, mission)) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(text.length);
          expect(p.end).toBeGreaterThan(p.start);
        }
      }),
    );
  });
});
