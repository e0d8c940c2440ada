import { describe, expect, it } from 'vitest';
import { buildMission, n, tourMission } from '../test-fixtures';
import { compileMission, getCompiledMission } from './compile-mission';
import { KIND_DIALOG, KIND_END, KIND_HUB } from './compiled-mission.types';

function portsOf(cm: ReturnType<typeof compileMission>, nodeId: string): { id: string; target: string | null }[] {
  const node = cm.nodeIndexById.get(nodeId) as number;
  const out: { id: string; target: string | null }[] = [];
  for (let p = cm.portStart[node] as number; p < (cm.portStart[node + 1] as number); p++) {
    const t = cm.portTarget[p] as number;
    out.push({ id: cm.portIds[p] as string, target: t < 0 ? null : (cm.nodeIds[t] as string) });
  }
  return out;
}

describe('compileMission', () => {
  it('lists the ports of each node in editor order with the node each one leads to', () => {
    const cm = compileMission(tourMission());
    expect(portsOf(cm, 'market')).toEqual([
      { id: 'rumour', target: 'found' },
      { id: 'search', target: 'market' },
      { id: 'continue', target: 'route' },
    ]);
    expect(portsOf(cm, 'route')).toEqual([
      { id: 'armed', target: 'reach' },
      { id: 'else', target: 'quiet' },
    ]);
    expect(portsOf(cm, 'fight')).toEqual([
      { id: 'victory', target: 'won' },
      { id: 'defeat', target: 'lost' },
    ]);
    expect(portsOf(cm, 'won')).toEqual([]);
    expect(cm.kind[cm.nodeIndexById.get('talk') as number]).toBe(KIND_DIALOG);
    expect(cm.kind[cm.nodeIndexById.get('market') as number]).toBe(KIND_HUB);
    expect(cm.kind[cm.nodeIndexById.get('won') as number]).toBe(KIND_END);
  });

  it('follows the first edge when a port has several and leaves unconnected ports at -1', () => {
    const mission = buildMission({
      nodes: [
        n.start('s'),
        n.dialog('d', [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ]),
        n.end('x'),
        n.end('y'),
      ],
      edges: [
        ['s', 'next', 'd'],
        ['d', 'a', 'y'],
        ['d', 'a', 'x'],
      ],
    });
    expect(portsOf(compileMission(mission), 'd')).toEqual([
      { id: 'a', target: 'y' },
      { id: 'b', target: null },
    ]);
  });

  it('gives declared variables slots in file order and adds a read-only faction slot', () => {
    const cm = compileMission(tourMission());
    expect(cm.slots.map((s) => s.name)).toEqual(['clue', 'credits', 'mood', 'faction']);
    expect(cm.slots[cm.factionSlot]).toMatchObject({ type: 'enum', readOnly: true, values: ['federation', 'klingon'] });
    expect(cm.slotTypeCode).toEqual(Uint8Array.from([0, 1, 3, 3]));
  });

  it('numbers the once-options and the nodes that visited() names', () => {
    const mission = buildMission({
      nodes: [
        n.start('s'),
        n.hub('h', [{ id: 'o', label: 'O', once: true, condition: 'visited("s") && !visited("nowhere")' }]),
        n.end('e'),
      ],
      edges: [['s', 'next', 'h']],
    });
    const cm = compileMission(mission);
    expect(cm.onceKeys).toEqual(['h/o']);
    expect(Array.from(cm.trackedNodes)).toEqual([0]);
    expect(cm.trackIndex[0]).toBe(0);
    expect(cm.trackIndex[1]).toBe(-1);
  });

  it('marks a slot relevant when a condition reads it or an effect on a relevant slot does', () => {
    const mission = buildMission({
      variables: [
        { id: 'shown', type: 'number', initial: 0 },
        { id: 'score', type: 'number', initial: 0 },
        { id: 'bonus', type: 'number', initial: 1 },
        { id: 'gate', type: 'bool', initial: false },
      ],
      nodes: [
        n.start('s'),
        n.set('fx', ['shown += 1', 'score += bonus', 'gate = score > 2']),
        n.branch('b', [{ id: 'open', condition: 'gate' }]),
        n.end('e'),
      ],
      edges: [
        ['s', 'next', 'fx'],
        ['fx', 'next', 'b'],
      ],
    });
    const cm = compileMission(mission);
    expect(Array.from(cm.slotRelevant)).toEqual([0, 1, 1, 1, 0]);
  });

  it('turns a condition that does not parse into one that fails when evaluated', () => {
    const mission = buildMission({
      nodes: [n.start('s'), n.branch('b', [{ id: 'k', condition: 'a &&' }]), n.end('e')],
      edges: [['s', 'next', 'b']],
    });
    const cm = compileMission(mission);
    const cond = cm.portCondition[cm.portStart[1] as number];
    expect(cond).toBeTypeOf('function');
    expect(() => cond?.([], () => false)).toThrow(/does not parse/);
  });

  it('reports effects on unknown or read-only variables as problems', () => {
    const mission = buildMission({
      nodes: [n.start('s'), n.set('fx', ['ghost = 1', 'faction = "klingon"']), n.end('e')],
      edges: [['s', 'next', 'fx']],
    });
    const [ghost, faction] = compileMission(mission).nodeEffects[1] ?? [];
    expect(ghost?.problem).toMatch(/unknown variable "ghost"/);
    expect(faction?.problem).toMatch(/read-only/);
  });
});

describe('getCompiledMission', () => {
  it('compiles a mission object once and a changed copy again', () => {
    const mission = tourMission();
    const first = getCompiledMission(mission);
    expect(getCompiledMission(mission)).toBe(first);
    expect(getCompiledMission({ ...mission })).not.toBe(first);
  });
});
