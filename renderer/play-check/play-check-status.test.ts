import { describe, expect, it } from 'vitest';
import { describePlayCheck } from './play-check-status';

const summary = { ways: [], states: 51109, complete: true, endings: 4, reachableEndings: 4, fights: 5, elapsedMs: 900 };

describe('describePlayCheck', () => {
  it('says nothing before a mission has been checked', () => {
    expect(describePlayCheck({ status: 'idle' })).toBeNull();
  });

  it('counts states while it searches and says when it has moved on to the fights', () => {
    expect(describePlayCheck({ status: 'running', states: 120000, phase: 'explore' })).toBe('Checking play-throughs: 120,000 states');
    expect(describePlayCheck({ status: 'running', states: 51109, phase: 'balance' })).toContain('now the fights');
  });

  it('sums up a finished check, and warns when the search stopped at its cap', () => {
    expect(describePlayCheck({ status: 'done', summary })).toBe('Play-throughs: 51,109 states, 4 of 4 endings reachable, 5 fights balanced');
    expect(describePlayCheck({ status: 'done', summary: { ...summary, complete: false, fights: 0 } })).toBe(
      'Play-throughs: 51,109 states, 4 of 4 endings reachable (stopped at the state cap: a partial answer)',
    );
  });

  it('says why a mission was not played: errors first, or the check failing', () => {
    expect(describePlayCheck({ status: 'skipped' })).toContain('fix the errors first');
    expect(describePlayCheck({ status: 'failed', message: 'out of memory' })).toBe('Play check failed: out of memory');
  });
});
