import { describe, expect, it } from 'vitest';
import { getCompiledMission } from '../compile/compile-mission';
import { buildMission, n } from '../test-fixtures';
import { findDetourPorts } from './detour-ports';

/** A hub whose options show each rule: only `plain` and `direct` come straight back through narration alone. */
function hubMission() {
  return buildMission({
    variables: [{ id: 'seen', type: 'bool', initial: false }],
    nodes: [
      n.start('start'),
      n.hub('hub', [
        { id: 'plain', label: 'Look around', once: true },
        { id: 'direct', label: 'Wait', once: true },
        { id: 'again', label: 'Look again' },
        { id: 'guarded', label: 'Ask', once: true, condition: 'seen' },
        { id: 'setting', label: 'Remember', once: true },
        { id: 'tracked', label: 'Visit the shrine', once: true },
        { id: 'elsewhere', label: 'Cross over', once: true },
      ]),
      n.hub('other', [], { condition: 'visited("shrine")' }),
      n.narration('talk'),
      n.narration('talk-2'),
      n.narration('wait'),
      n.narration('ask'),
      n.set('note', ['seen = true']),
      n.narration('shrine'),
      n.narration('bridge'),
      n.end('done'),
    ],
    edges: [
      ['start', 'next', 'hub'],
      ['hub', 'plain', 'talk'],
      ['talk', 'next', 'talk-2'],
      ['talk-2', 'next', 'hub'],
      ['hub', 'direct', 'hub'],
      ['hub', 'again', 'wait'],
      ['wait', 'next', 'hub'],
      ['hub', 'guarded', 'ask'],
      ['ask', 'next', 'hub'],
      ['hub', 'setting', 'note'],
      ['note', 'next', 'hub'],
      ['hub', 'tracked', 'shrine'],
      ['shrine', 'next', 'hub'],
      ['hub', 'elsewhere', 'bridge'],
      ['bridge', 'next', 'other'],
      ['hub', 'continue', 'done'],
      ['other', 'continue', 'done'],
    ],
  });
}

const detourIds = (watchNode?: string): string[] => {
  const cm = getCompiledMission(hubMission());
  const detours = findDetourPorts(cm, watchNode === undefined ? -1 : (cm.nodeIndexById.get(watchNode) as number));
  return cm.portIds.filter((_, flat) => detours.isDetour[flat] === 1);
};

describe('findDetourPorts', () => {
  it('finds one-time options without a condition that run only narration back to their hub', () => {
    expect(detourIds()).toEqual(['plain', 'direct']);
  });

  it('leaves out options that may be taken again, have a condition, set a variable, enter a visited() node or go elsewhere', () => {
    const found = detourIds();
    for (const id of ['again', 'guarded', 'setting', 'tracked', 'elsewhere']) expect(found).not.toContain(id);
  });

  it('keeps the narration each detour runs through, and its port in the hub’s bit set', () => {
    const cm = getCompiledMission(hubMission());
    const detours = findDetourPorts(cm);
    const hub = cm.nodeIndexById.get('hub') as number;
    const plain = cm.portStart[hub] as number;
    expect(detours.path[plain]?.map((node) => cm.nodeIds[node])).toEqual(['talk', 'talk-2']);
    expect(detours.path[plain + 1]).toEqual([]);
    expect(detours.localMask[hub]).toBe(0b11);
    expect(detours.count).toBe(2);
  });

  it('leaves out a detour through the node a witness search watches', () => {
    expect(detourIds('talk-2')).toEqual(['direct']);
  });
});
