import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import schema from './mission.schema.json';
import { smallMission } from '../test-support/mission-builder';
import type { Mission } from './mission.types';
import { KEY_ORDER, orderMissionKeys, serializeMission, type OrderMemo } from './serialize';

const defs = schema.definitions as Record<string, { properties?: Record<string, unknown> }>;
const keysOf = (def: string): string[] => Object.keys(defs[def]?.properties ?? {});

describe('serializeMission', () => {
  it('writes 2-space indented JSON with a final newline', () => {
    const text = serializeMission(smallMission());
    expect(text.startsWith('{\n  "format": "mission-studio/2",\n  "meta": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes each version of a mission edited with Immer the same with a memo of ordered items as without', () => {
    const memo: OrderMemo = new WeakMap();
    let mission = smallMission();
    const edits: Array<(draft: Mission) => void> = [
      (d) => void (d.nodes[1]!.position = { y: 9, x: 300 }),
      (d) => void (d.nodes[2]!.title = 'Quark, "at last"'),
      (d) => void d.nodes.splice(0, 1),
      (d) => void d.edges.reverse(),
      (d) => void (d.notes = [{ text: 'Ask art for a portrait', id: 'note-1', position: { x: 0, y: 0 } }]),
      (d) => void (d.notes![0]!.text = 'Done'),
    ];
    for (const edit of edits) {
      mission = produce(mission, edit);
      expect(serializeMission(mission, memo)).toBe(serializeMission(mission));
    }
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
