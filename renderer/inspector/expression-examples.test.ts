import { describe, expect, it } from 'vitest';
import type { VariableDecl } from '@mission-studio/core/format';
import { expressionExamples } from './expression-examples';

const variable = (id: string, type: VariableDecl['type'], extra: Partial<VariableDecl> = {}): VariableDecl => ({
  id,
  type,
  initial: type === 'number' ? 0 : type === 'bool' ? false : '',
  ...extra,
});

describe('expressionExamples', () => {
  it('writes the examples with the first declared number variable', () => {
    const examples = expressionExamples([variable('alarm', 'bool'), variable('fuel', 'number'), variable('crew', 'number')]);
    expect(examples).toEqual({ condition: 'fuel >= 2', effect: 'fuel += 1' });
  });

  it('uses the first bool variable when the mission has no number', () => {
    expect(expressionExamples([variable('name', 'string'), variable('alarm', 'bool'), variable('docked', 'bool')])).toEqual({
      condition: 'alarm',
      effect: 'alarm = true',
    });
  });

  it('uses an enum variable and its first value when there is neither a number nor a bool', () => {
    expect(
      expressionExamples([
        variable('weather', 'enum', { values: [], initial: '' }),
        variable('route', 'enum', { values: ['north', 'south'], initial: 'north' }),
      ]),
    ).toEqual({
      condition: 'route == "north"',
      effect: 'route = "north"',
    });
  });

  it('falls back to a generic example when the mission declares no variable that fits', () => {
    expect(expressionExamples([])).toEqual({ condition: 'score >= 2', effect: 'score += 1' });
    expect(expressionExamples(undefined)).toEqual({ condition: 'score >= 2', effect: 'score += 1' });
    expect(expressionExamples([variable('name', 'string')])).toEqual({ condition: 'score >= 2', effect: 'score += 1' });
  });
});
