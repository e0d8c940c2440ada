import { describe, expect, it } from 'vitest';
import schema from './mission.schema.json';
import { smallMission } from '../test-support/mission-builder';
import { KEY_ORDER, orderMissionKeys, serializeMission } from './serialize';

const defs = schema.definitions as Record<string, { properties?: Record<string, unknown> }>;
const keysOf = (def: string): string[] => Object.keys(defs[def]?.properties ?? {});

describe('serializeMission', () => {
  it('writes 2-space indented JSON with a final newline', () => {
    const text = serializeMission(smallMission());
    expect(text.startsWith('{\n  "format": "mission-studio/2",\n  "meta": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('puts keys in file order whatever order they came in', () => {
    const m = smallMission();
    const reversed = Object.fromEntries(Object.entries(m).reverse());
    reversed.nodes = m.nodes.map((n) => Object.fromEntries(Object.entries(n).reverse()));
    expect(serializeMission(reversed as typeof m)).toBe(serializeMission(m));
  });

  it('does not change the mission it is given', () => {
    const m = smallMission();
    const before = JSON.stringify(m);
    orderMissionKeys(m);
    expect(JSON.stringify(m)).toBe(before);
  });

  it('keeps its key order equal to the schema property order', () => {
    expect(KEY_ORDER.mission).toEqual(Object.keys(schema.properties));
    const pairs: Array<[keyof typeof KEY_ORDER, string]> = [
      ['meta', 'meta'],
      ['variable', 'variable'],
      ['castMember', 'castMember'],
      ['location', 'location'],
      ['unit', 'unit'],
      ['node', 'node'],
      ['position', 'position'],
      ['startData', 'startData'],
      ['narrationData', 'narrationData'],
      ['dialogData', 'dialogData'],
      ['choice', 'choice'],
      ['objectiveData', 'objectiveData'],
      ['hubData', 'hubData'],
      ['hubOption', 'hubOption'],
      ['branchData', 'branchData'],
      ['setData', 'setData'],
      ['combatData', 'combatData'],
      ['unitGroup', 'unitGroup'],
      ['enemyGroup', 'enemyGroup'],
      ['endData', 'endData'],
      ['groupData', 'groupData'],
      ['edge', 'edge'],
      ['conflict', 'conflict'],
      ['note', 'note'],
    ];
    for (const [shape, def] of pairs) expect([shape, [...KEY_ORDER[shape]]]).toEqual([shape, keysOf(def)]);
  });
});
