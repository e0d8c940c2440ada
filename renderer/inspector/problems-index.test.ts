import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@mission-studio/core/validate';
import { NO_PROBLEMS, problemsAt } from './problems-index';

const at = (path: string, message = path): Diagnostic => ({ code: 'expression-error', severity: 'error', message, path });

describe('problemsAt', () => {
  it('returns the diagnostics of exactly that path, not of paths inside it', () => {
    const list = [
      at('/nodes/1/data/choices/0'),
      at('/nodes/1/data/choices/0/condition', 'a'),
      at('/nodes/1/data/choices/0/condition', 'b'),
    ];
    expect(problemsAt(list, '/nodes/1/data/choices/0/condition').map((d) => d.message)).toEqual(['a', 'b']);
    expect(problemsAt(list, '/nodes/1/data/choices/0')).toHaveLength(1);
  });

  it('answers the same array each time for the same diagnostics, and the shared empty one when none', () => {
    const list = [at('/meta/title')];
    expect(problemsAt(list, '/meta/title')).toBe(problemsAt(list, '/meta/title'));
    expect(problemsAt(list, '/meta/id')).toBe(NO_PROBLEMS);
  });
});
