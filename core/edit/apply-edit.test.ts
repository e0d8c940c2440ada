import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DialogData, Mission, MissionNode } from '../format/mission.types';
import { node, smallMission } from '../test-support/mission-builder';
import type { NodeMove } from './edit.types';
import { applyEdit, historyLabels, openDocument, redo, undo } from './history';

const talkData = (): DialogData => {
  const talk = smallMission().nodes.find((n) => n.id === 'talk');
  if (talk?.type !== 'dialog') throw new Error('the small mission has a dialog named talk');
  return talk.data;
};

describe('applyEditToDraft', () => {
  it("sets a node's tags in one undoable step and drops the key when the list is emptied", () => {
    const start = openDocument(smallMission());
    const tagged = applyEdit(start, { kind: 'update-node', id: 'talk', tags: ['act1', 'needs-review'] });
    expect(tagged.mission.nodes.find((n) => n.id === 'talk')?.tags).toEqual(['act1', 'needs-review']);
    expect(undo(tagged).mission).toEqual(smallMission());
    const cleared = applyEdit(tagged, { kind: 'update-node', id: 'talk', tags: [] });
    expect(cleared.mission.nodes.find((n) => n.id === 'talk')).not.toHaveProperty('tags');
    expect(undo(cleared).mission).toEqual(tagged.mission);
  });

  it('removes the edge of a removed port in the same step as the new data', () => {
    const data = talkData();
    const next = { ...data, choices: data.choices.filter((c) => c.id !== 'bribe') };
    const doc = applyEdit(openDocument(smallMission()), { kind: 'update-node', id: 'talk', data: next, ports: { removed: ['bribe'] } });
    expect(doc.mission.edges.some((e) => e.source === 'talk' && e.sourceHandle === 'bribe')).toBe(false);
    expect(doc.mission.edges).toHaveLength(smallMission().edges.length - 1);
    expect(doc.history.past).toHaveLength(1);
    expect(undo(doc).mission).toEqual(smallMission());
  });

  it("keeps a renamed port's edge and its place among the edges", () => {
    const data = talkData();
    const next = { ...data, choices: data.choices.map((c) => (c.id === 'ask' ? { ...c, id: 'inquire' } : c)) };
    const doc = applyEdit(openDocument(smallMission()), {
      kind: 'update-node',
      id: 'talk',
      data: next,
      ports: { renamed: [{ from: 'ask', to: 'inquire' }] },
    });
    const before = smallMission().edges.findIndex((e) => e.source === 'talk' && e.sourceHandle === 'ask');
    expect(doc.mission.edges[before]).toMatchObject({ source: 'talk', sourceHandle: 'inquire', target: 'check' });
  });

  it('swaps the edges of two ports renamed into each other', () => {
    const data = talkData();
    const swap = { ask: 'bribe', bribe: 'ask' } as Record<string, string>;
    const next = { ...data, choices: data.choices.map((c) => ({ ...c, id: swap[c.id] ?? c.id })) };
    const renamed = [
      { from: 'ask', to: 'bribe' },
      { from: 'bribe', to: 'ask' },
    ];
    const doc = applyEdit(openDocument(smallMission()), { kind: 'update-node', id: 'talk', data: next, ports: { renamed } });
    const target = (port: string) => doc.mission.edges.find((e) => e.source === 'talk' && e.sourceHandle === port)?.target;
    expect([target('ask'), target('bribe')]).toEqual(['trust', 'check']);
  });

  it('leaves edges of other nodes alone whatever ports are named', () => {
    fc.assert(
      fc.property(fc.subarray(['next', 'ok', 'else', 'ask', 'bribe']), fc.constantFrom('ask', 'next', 'else'), (removed, from) => {
        const doc = applyEdit(openDocument(smallMission()), {
          kind: 'update-node',
          id: 'trust',
          ports: { removed, renamed: [{ from, to: 'x' }] },
        });
        const others = (edges: typeof doc.mission.edges) => edges.filter((e) => e.source !== 'trust');
        expect(others(doc.mission.edges)).toEqual(others(smallMission().edges));
      }),
    );
  });

  it('records nothing when the named ports have no edges', () => {
    const start = openDocument(smallMission());
    expect(
      applyEdit(start, { kind: 'update-node', id: 'talk', ports: { removed: ['nowhere'], renamed: [{ from: 'gone', to: 'x' }] } }),
    ).toBe(start);
  });
});

/** The small mission with two more groups, `outer` framing `inner`, to nest and un-nest nodes in. */
function nestedMission(): Mission {
  const mission = smallMission();
  mission.nodes.push(
    node('outer', 'group', { width: 900, height: 600 }),
    node('inner', 'group', { width: 300, height: 200 }, { parentId: 'outer' }),
  );
  return mission;
}

const nodeOf = (mission: Mission, id: string): MissionNode | undefined => mission.nodes.find((n) => n.id === id);

/** Whether following parents from any node comes back to it. */
function hasParentCycle(mission: Mission): boolean {
  const byId = new Map(mission.nodes.map((n) => [n.id, n]));
  return mission.nodes.some((start) => {
    const seen = new Set<string>();
    for (let p = start.parentId; p !== undefined; p = byId.get(p)?.parentId) {
      if (p === start.id) return true;
      if (seen.has(p)) return false;
      seen.add(p);
    }
    return false;
  });
}

describe('applyEditToDraft move-nodes', () => {
  it('moves a node into a group and another out of one as a single undo step', () => {
    const start = openDocument(smallMission());
    const moves: NodeMove[] = [
      { id: 'trust', position: { x: 30, y: 40 }, parentId: 'act' },
      { id: 'talk', position: { x: 900, y: 500 }, parentId: null },
      { id: 'win', position: { x: 7, y: 8 } },
    ];
    const doc = applyEdit(start, { kind: 'move-nodes', moves });
    expect(nodeOf(doc.mission, 'trust')).toMatchObject({ parentId: 'act', position: { x: 30, y: 40 } });
    expect(nodeOf(doc.mission, 'talk')?.parentId).toBeUndefined();
    expect(nodeOf(doc.mission, 'talk')?.position).toEqual({ x: 900, y: 500 });
    expect(nodeOf(doc.mission, 'win')?.position).toEqual({ x: 7, y: 8 });
    expect(doc.history.past).toHaveLength(1);
    expect(historyLabels(doc).undo).toBe('Undo Move 3 Nodes');
    expect(undo(doc).mission).toEqual(start.mission);
    expect(redo(undo(doc)).mission).toEqual(doc.mission);
  });

  it('moves a node added earlier in the same batch, and keeps every node it did not move', () => {
    const start = openDocument(smallMission());
    const added = { ...nodeOf(start.mission, 'win')!, id: 'ops' } as MissionNode;
    const doc = applyEdit(start, {
      kind: 'batch',
      label: 'Add Ops',
      edits: [
        { kind: 'add-nodes', nodes: [added] },
        { kind: 'move-nodes', moves: [{ id: 'ops', position: { x: 11, y: 12 } }] },
      ],
    });
    expect(nodeOf(doc.mission, 'ops')?.position).toEqual({ x: 11, y: 12 });
    const moved = applyEdit(doc, { kind: 'move-nodes', moves: [{ id: 'talk', position: { x: 1, y: 2 } }] });
    const changed = moved.mission.nodes.filter((n, i) => n !== doc.mission.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['talk']);
  });

  it('leaves a node where it was when it is moved into itself or a group inside it', () => {
    const start = openDocument(nestedMission());
    const into = (parentId: string) =>
      applyEdit(start, { kind: 'move-nodes', moves: [{ id: 'outer', position: { x: 5, y: 5 }, parentId }] });
    expect(into('outer')).toBe(start);
    expect(into('inner')).toBe(start);
  });

  it('leaves a node where it was when its new parent is missing or not a group', () => {
    const start = openDocument(smallMission());
    const into = (parentId: string) => applyEdit(start, { kind: 'move-nodes', moves: [{ id: 'win', position: { x: 5, y: 5 }, parentId }] });
    expect(into('nowhere')).toBe(start);
    expect(into('talk')).toBe(start);
  });

  it('refuses the second of two moves that would frame two groups in each other', () => {
    const mission = nestedMission();
    mission.nodes = mission.nodes.map((n) => (n.id === 'inner' ? { ...n, parentId: undefined } : n)) as MissionNode[];
    const moves: NodeMove[] = [
      { id: 'inner', position: { x: 1, y: 1 }, parentId: 'outer' },
      { id: 'outer', position: { x: 2, y: 2 }, parentId: 'inner' },
    ];
    const doc = applyEdit(openDocument(mission), { kind: 'move-nodes', moves });
    expect(hasParentCycle(doc.mission)).toBe(false);
    expect(nodeOf(doc.mission, 'inner')?.parentId).toBe('outer');
    expect(nodeOf(doc.mission, 'outer')?.position).toEqual({ x: 0, y: 0 });
  });

  it('never makes a parent cycle, and undo gives the start back, whatever nodes move into whatever parents', () => {
    const mission = nestedMission();
    const ids = mission.nodes.map((n) => n.id);
    const aMove = fc.record({
      id: fc.constantFrom(...ids),
      position: fc.record({ x: fc.integer(), y: fc.integer() }),
      parentId: fc.option(fc.constantFrom(...ids), { nil: undefined }),
    });
    const aDetach = fc.record({
      id: fc.constantFrom(...ids),
      position: fc.record({ x: fc.integer(), y: fc.integer() }),
      parentId: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(aMove, aDetach), { maxLength: 4 }), { maxLength: 6 }), (edits) => {
        let doc = openDocument(mission);
        for (const moves of edits) doc = applyEdit(doc, { kind: 'move-nodes', moves });
        expect(hasParentCycle(doc.mission)).toBe(false);
        for (const n of doc.mission.nodes) if (n.parentId !== undefined) expect(nodeOf(doc.mission, n.parentId)?.type).toBe('group');
        while (doc.history.past.length > 0) doc = undo(doc);
        expect(doc.mission).toEqual(mission);
      }),
    );
  });
});
