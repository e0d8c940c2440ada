import type { CombatData, CombatGoal } from '@mission-studio/core/format';
import type { Option } from '../fields';

/** The goal types with what they mean. */
export const GOAL_TYPES: Option[] = [
  { value: 'defeat-all', label: 'Defeat all enemies' },
  { value: 'survive', label: 'Survive some rounds' },
  { value: 'protect', label: 'Protect allies' },
];

type ProtectGoal = Extract<CombatGoal, { type: 'protect' }>;

/**
 * A goal of another type with sensible first values: surviving about half the round limit, or protecting the
 * last ally (the first is the player's own ship or squad; the ones after are those to rescue).
 */
export function defaultGoal(type: CombatGoal['type'], data: CombatData): CombatGoal {
  if (type === data.goal.type) return data.goal;
  switch (type) {
    case 'defeat-all':
      return { type };
    case 'survive':
      return { type, rounds: Math.max(1, Math.min(1000, Math.floor(data.roundLimit / 2))) };
    case 'protect': {
      const last = data.allies[data.allies.length - 1]?.unit;
      return { type, units: last ? [last] : [] };
    }
  }
}

/** Units a protect goal can name: the fight's allies, and any already named that are not (so they can be unticked). */
export function protectableUnits(data: CombatData): string[] {
  const named = data.goal.type === 'protect' ? data.goal.units : [];
  return [...new Set([...data.allies.map((a) => a.unit), ...named])].filter((u) => u !== '');
}

/** The protect goal with `unit` ticked or unticked; the last unit cannot be unticked (a goal protects someone). */
export function toggleProtected(goal: ProtectGoal, unit: string, on: boolean): ProtectGoal {
  if (on) return goal.units.includes(unit) ? goal : { ...goal, units: [...goal.units, unit] };
  const units = goal.units.filter((u) => u !== unit);
  return units.length === 0 ? goal : { ...goal, units };
}
