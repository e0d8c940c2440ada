import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@mission-studio/core/validate';
import { describePlayCheck } from './play-check-status';

const summary = { ways: [], states: 51109, complete: true, endings: 4, reachableEndings: 4, fights: 5, balances: [], elapsedMs: 900 };

describe('describePlayCheck', () => {
  it('says nothing before a mission has been checked', () => {
    expect(describePlayCheck({ status: 'idle' })).toBeNull();
  });

  it('counts states while it searches and says when it has moved on to the fights', () => {
    expect(describePlayCheck({ status: 'running', states: 120000, phase: 'explore' })).toBe('Checking play-throughs: 120,000 states');
    expect(describePlayCheck({ status: 'running', states: 51109, phase: 'balance' })).toContain('now the fights');
  });

  it('sums up a finished check, and warns when the search stopped at its cap', () => {
    expect(describePlayCheck({ status: 'done', summary })).toBe(
      'Play-throughs: 51,109 states, 4 of 4 endings reachable, 5 fights balanced',
    );
    expect(describePlayCheck({ status: 'done', summary: { ...summary, complete: false, fights: 0 } })).toBe(
      'Play-throughs: 51,109 states, 4 of 4 endings reachable (stopped at the state cap: a partial answer)',
    );
  });

  it('counts the fights the Problems panel warns about as out of balance, not as balanced', () => {
    const tooHard: Diagnostic = {
      code: 'combat-balance',
      severity: 'warning',
      nodeId: 'space-battle',
      path: '/nodes/40',
      message: 'Combat "Space battle" is too hard: its best policy (attack) wins only 53.6%',
    };
    const oneFight = { ...summary, fights: 1 };
    expect(describePlayCheck({ status: 'done', summary: oneFight }, [tooHard])).toBe(
      'Play-throughs: 51,109 states, 4 of 4 endings reachable, 1 fight out of balance (see Problems)',
    );
    // Two warnings on one fight (too hard for one policy, too easy for another) are still one fight.
    const tooEasy: Diagnostic = { ...tooHard, message: 'Combat "Space battle" is too easy' };
    expect(describePlayCheck({ status: 'done', summary }, [tooHard, tooEasy])).toBe(
      'Play-throughs: 51,109 states, 4 of 4 endings reachable, 1 fight out of balance (see Problems), 4 balanced',
    );
    // Other play-check findings leave the fights alone.
    const softLock: Diagnostic = { code: 'soft-lock', severity: 'warning', nodeId: 'trap', path: '/nodes/3', message: 'A soft-lock' };
    expect(describePlayCheck({ status: 'done', summary }, [softLock])).toContain('5 fights balanced');
  });

  it('says why a mission was not played: errors first, or the check failing', () => {
    expect(describePlayCheck({ status: 'skipped' })).toContain('fix the errors first');
    expect(describePlayCheck({ status: 'failed', message: 'out of memory' })).toBe('Play check failed: out of memory');
  });
});
