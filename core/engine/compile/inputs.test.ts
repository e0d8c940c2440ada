import { describe, expect, it } from 'vitest';
import { factionMission, tourMission } from '../test-fixtures';
import { compileMission } from './compile-mission';
import { findStartNode, inputForPort, portForInput, sameInput, type Input } from './inputs';

describe('findStartNode', () => {
  it('prefers the faction’s own start and falls back to an any start', () => {
    const cm = compileMission(factionMission());
    expect(cm.nodeIds[findStartNode(cm, 'federation')]).toBe('fed-start');
    expect(cm.nodeIds[findStartNode(cm, 'klingon')]).toBe('any-start');
  });

  it('gives -1 when no start fits', () => {
    const mission = factionMission();
    const cm = compileMission({ ...mission, nodes: mission.nodes.filter((node) => node.id !== 'any-start') });
    expect(findStartNode(cm, 'klingon')).toBe(-1);
  });
});

describe('inputForPort', () => {
  it('names each port as the input that takes it, and portForInput maps it back', () => {
    const cm = compileMission(tourMission());
    const seen: Input[] = [];
    for (const id of ['talk', 'market', 'reach', 'fight']) {
      const node = cm.nodeIndexById.get(id) as number;
      const count = (cm.portStart[node + 1] as number) - (cm.portStart[node] as number);
      for (let p = 0; p < count; p++) {
        const input = inputForPort(cm, node, p);
        seen.push(input);
        expect(portForInput(cm, node, input)).toBe(p);
      }
    }
    expect(seen).toContainEqual({ kind: 'choice', nodeId: 'talk', choiceId: 'bribe' });
    expect(seen).toContainEqual({ kind: 'hub', nodeId: 'market', optionId: 'continue' });
    expect(seen).toContainEqual({ kind: 'objective', nodeId: 'reach' });
    expect(seen).toContainEqual({ kind: 'combat-force', nodeId: 'fight', outcome: 'defeat' });
  });
});

describe('sameInput', () => {
  it('compares inputs field by field, whatever their key order', () => {
    const a: Input = { kind: 'combat', nodeId: 'f', stance: 'defend' };
    expect(sameInput(a, JSON.parse('{"stance":"defend","nodeId":"f","kind":"combat"}') as Input)).toBe(true);
    expect(sameInput(a, { kind: 'combat', nodeId: 'f', stance: 'attack' })).toBe(false);
    expect(sameInput(a, { kind: 'combat-auto', nodeId: 'f' })).toBe(false);
  });
});
