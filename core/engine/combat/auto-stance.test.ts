import { describe, expect, it } from 'vitest';
import { autoStance } from './auto-stance';
import { startCombat } from './combat';
import type { Combatant, CombatState } from './combat.types';
import { fixtureMission } from './test-fixtures';

const fresh = (nodeId: string) => startCombat(fixtureMission(), nodeId, 1);

function withAlly(state: CombatState, index: number, change: Partial<Combatant>): CombatState {
  return { ...state, allies: state.allies.map((c, i) => (i === index ? { ...c, ...change } : c)) };
}

describe('autoStance', () => {
  it('attacks while every ally is healthy', () => {
    expect(autoStance(fresh('space'))).toBe('attack');
  });

  it('defends when an ally in danger has its shields down', () => {
    expect(autoStance(withAlly(fresh('space'), 1, { hull: 10, shields: 0 }))).toBe('defend');
  });

  it('keeps attacking when the ally in danger still has its shields up', () => {
    expect(autoStance(withAlly(fresh('space'), 1, { hull: 10 }))).toBe('attack');
  });

  it('goes evasive when the player\u2019s own shieldless unit is in danger', () => {
    expect(autoStance(withAlly(fresh('ground'), 0, { hull: 5 }))).toBe('evasive');
  });

  it('keeps attacking when only another shieldless ally is in danger', () => {
    expect(autoStance(withAlly(fresh('ground'), 2, { hull: 5 }))).toBe('attack');
  });

  it('ignores allies that are already destroyed', () => {
    expect(autoStance(withAlly(fresh('space'), 1, { hull: 0, shields: 0, alive: false }))).toBe('attack');
  });

  it('attacks to finish a wave that is nearly destroyed, even with an ally in danger', () => {
    const state = withAlly(fresh('space'), 1, { hull: 10, shields: 0 });
    const beaten = {
      ...state,
      enemies: state.enemies.map((e) => (e.wave === 1 ? { ...e, hull: e.key === 'raider#1' ? 5 : 0, shields: 0, alive: e.key === 'raider#1' } : e)),
    };
    expect(autoStance(beaten)).toBe('attack');
  });
});
