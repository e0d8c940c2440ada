import { describe, expect, it } from 'vitest';
import { smallMission } from '@mission-studio/core/test-support';
import { describeVariable, expressionCompletions } from './expression-completions';

const mission = smallMission();
const at = (text: string, kind: 'condition' | 'effect' = 'condition') => expressionCompletions(text, text.length, kind, mission);
const labels = (text: string, kind: 'condition' | 'effect' = 'condition') => at(text, kind).items.map((i) => i.label);

describe('expressionCompletions', () => {
  it('offers every variable of the mission with its type as detail', () => {
    const items = at('').items;
    for (const v of mission.variables) {
      expect(items).toContainEqual(expect.objectContaining({ label: v.id, kind: 'variable', detail: describeVariable(v) }));
    }
  });

  it('replaces the word being typed', () => {
    expect(at('trusted && cre').from).toBe('trusted && '.length);
  });

  it('offers the built-ins faction, visited, true and false in a condition', () => {
    expect(labels('')).toEqual(expect.arrayContaining(['faction', 'visited', 'true', 'false']));
  });

  it('offers only declared variables where an effect names its target', () => {
    expect(labels('', 'effect').sort()).toEqual(mission.variables.map((v) => v.id).sort());
  });

  it('offers built-ins on the right-hand side of an effect', () => {
    expect(labels('trusted = ', 'effect')).toContain('true');
  });

  it('offers node ids, not groups, inside visited("', () => {
    const result = at('visited("ta');
    const ids = mission.nodes.filter((n) => n.type !== 'group').map((n) => n.id);
    expect(result.items.map((i) => i.label).sort()).toEqual([...ids].sort());
    expect(result.from).toBe('visited("'.length);
    expect(result.items.find((i) => i.label === 'talk')?.insertText).toBe('talk")');
  });

  it('does not add a closing quote when one already follows the cursor', () => {
    const text = 'visited("")';
    const result = expressionCompletions(text, 'visited("'.length, 'condition', mission);
    expect(result.items[0]?.insertText).not.toContain('"');
  });

  it("offers an enum's values inside a string compared with it", () => {
    expect(labels('faction == "')).toEqual(mission.meta.factions);
  });

  it('offers nothing inside an ordinary string', () => {
    expect(at('credits > 1 && "abc').items).toEqual([]);
  });

  it('offers only the built-ins when there is no mission yet', () => {
    expect(expressionCompletions('', 0, 'condition', null).items.map((i) => i.label)).toEqual(['faction', 'visited', 'true', 'false']);
  });
});
