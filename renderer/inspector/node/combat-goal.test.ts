import { describe, expect, it } from 'vitest';
import type { CombatData } from '@mission-studio/core/format';
import { defaultGoal, protectableUnits, toggleProtected } from './combat-goal';

const fight = (goal: CombatData['goal']): CombatData => ({
  mode: 'space',
  allies: [
    { unit: 'player-ship', count: 1 },
    { unit: 'freighter', count: 2 },
  ],
  enemies: [{ unit: 'attack-ship', count: 3 }],
  goal,
  roundLimit: 40,
});

describe('defaultGoal', () => {
  it('protects the last ally when the goal becomes protect', () => {
    expect(defaultGoal('protect', fight({ type: 'defeat-all' }))).toEqual({ type: 'protect', units: ['freighter'] });
  });

  it('asks to survive half the round limit', () => {
    expect(defaultGoal('survive', fight({ type: 'defeat-all' }))).toEqual({ type: 'survive', rounds: 20 });
  });

  it('keeps the goal when its type does not change', () => {
    const goal = { type: 'survive' as const, rounds: 7 };
    expect(defaultGoal('survive', fight(goal))).toBe(goal);
  });
});

describe('protectableUnits', () => {
  it('lists the allies once each and a protected unit that is no ally', () => {
    expect(protectableUnits(fight({ type: 'protect', units: ['station'] }))).toEqual(['player-ship', 'freighter', 'station']);
  });
});

describe('toggleProtected', () => {
  it('adds and removes units but never the last one', () => {
    const goal = { type: 'protect' as const, units: ['freighter'] };
    expect(toggleProtected(goal, 'player-ship', true).units).toEqual(['freighter', 'player-ship']);
    expect(toggleProtected(goal, 'freighter', false)).toBe(goal);
  });
});
