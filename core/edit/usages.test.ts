import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { findUsages } from './usages';

const secondWave = loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;

describe('findUsages', () => {
  it('lists every write of coalition in the conference rounds and every read in the two tallies', () => {
    const usages = findUsages(secondWave, 'variable', 'coalition');
    const writes = usages.filter((u) => u.access === 'write');
    const readsOf = usages.filter((u) => u.access === 'read');
    expect(writes).toHaveLength(17);
    expect(new Set(writes.map((u) => u.nodeId))).toEqual(
      new Set(['temple-trem', 'round-skyl', 'round-karukan', 'round-surah', 'round-kurland']),
    );
    expect(readsOf.map((u) => [u.nodeId, u.field, u.expression])).toEqual([
      ['conference-tally', 'case "near-accord" condition', 'coalition >= 7'],
      ['epilogue-branch', 'case "accord" condition', 'coalition >= 7'],
      ['epilogue-branch', 'case "tentative" condition', 'coalition >= 3'],
    ]);
    expect(usages.every((u) => u.access === 'read' || u.access === 'write')).toBe(true);
  });

  it('names a choice effect by its choice id and position, with a pointer to the effect string', () => {
    const skyl = findUsages(secondWave, 'variable', 'coalition').find((u) => u.nodeId === 'round-skyl');
    expect(skyl).toMatchObject({ field: 'choice "skyl-trust" effect 1', nodeTitle: "Skyl's Doubts", nodeType: 'dialog' });
    const nodeIndex = secondWave.nodes.findIndex((n) => n.id === 'round-skyl');
    expect(skyl?.path).toMatch(new RegExp(`^/nodes/${nodeIndex}/data/choices/\\d+/effects/\\d+$`));
  });

  it('finds a cast member as the speaker of the dialogs she leads', () => {
    const usages = findUsages(secondWave, 'cast', 'skyl');
    expect(usages.map((u) => u.nodeId)).toEqual(expect.arrayContaining(['skyl-quarks', 'skyl-device-choice', 'round-skyl']));
    expect(usages.every((u) => u.field === 'speaker' && u.access === 'uses')).toBe(true);
  });

  it('finds a location in every scene set there', () => {
    const usages = findUsages(secondWave, 'location', 'cargo-bay-three');
    expect(usages.map((u) => u.nodeId)).toEqual(expect.arrayContaining(['cargo-arrive', 'cargo-scene', 'kurland-trapped', 'cargo-vented']));
    expect(usages.every((u) => u.field === 'location')).toBe(true);
  });

  it('finds a unit in fight groups and in a protect goal', () => {
    const usages = findUsages(secondWave, 'unit', 'uss-belfast-c');
    const battle = usages.filter((u) => u.nodeId === 'space-battle').map((u) => u.field);
    expect(battle).toContain('goal: protect');
    expect(battle.some((f) => /^ally group \d+$/.test(f))).toBe(true);
    expect(usages.some((u) => u.nodeId === 'space-battle-pincer')).toBe(true);
  });

  it('finds nothing for a name that is only inside a string literal or a longer name', () => {
    const mission = smallMission();
    const withText: Mission = {
      ...mission,
      variables: [
        ...mission.variables,
        { id: 'fuel', type: 'number', initial: 0 },
        { id: 'fuelMax', type: 'number', initial: 3 },
        { id: 'note', type: 'string', initial: '' },
      ],
      nodes: [
        ...mission.nodes,
        { id: 'tank', type: 'set', title: 'Tank', position: { x: 0, y: 0 }, data: { effects: ['fuelMax = 4', 'note = "fuel"'] } },
      ],
    };
    expect(findUsages(withText, 'variable', 'fuel')).toEqual([]);
    expect(findUsages(withText, 'variable', 'fuelMax')).toMatchObject([{ nodeId: 'tank', field: 'effect 1', access: 'write' }]);
  });

  it('reports an expression that mentions the name but does not parse, rather than hide it', () => {
    const mission = smallMission();
    const broken: Mission = {
      ...mission,
      variables: [...mission.variables, { id: 'fuel', type: 'number', initial: 0 }],
      nodes: [
        ...mission.nodes,
        { id: 'tank', type: 'set', title: 'Tank', position: { x: 0, y: 0 }, data: { effects: ['fuel +=', 'x = fuel + 1'] } },
      ],
    };
    expect(findUsages(broken, 'variable', 'fuel').map((u) => [u.field, u.access])).toEqual([
      ['effect 1', 'unparsed'],
      ['effect 2', 'read'],
    ]);
  });

  it('finds nothing for an id no node names', () => {
    expect(findUsages(secondWave, 'unit', 'no-such-unit')).toEqual([]);
    expect(findUsages(secondWave, 'variable', 'noSuchVariable')).toEqual([]);
  });
});
