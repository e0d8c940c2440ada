import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import { applyEdit, openDocument } from '@mission-studio/core/edit';
import type { Mission, MissionNode } from '@mission-studio/core/format';
import { outputPorts } from '@mission-studio/core/format';
import { edge, node, smallMission } from '@mission-studio/core/test-support';
import type { Diagnostic, Severity } from '@mission-studio/core/validate';
import { countProblems, parentFirst, syncFlowEdges, syncFlowNodes, type FlowNodeInputs } from './flow-model';
import { FLOW_NODE_WIDTH, flowNodeHeight } from './node-geometry';

const SECOND_WAVE = secondWave as unknown as Mission;
const NONE = new Set<string>();
const inputsFor = (mission: Mission, extra: Partial<FlowNodeInputs> = {}): FlowNodeInputs => ({
  mission,
  badges: new Map(),
  selected: NONE,
  highlight: null,
  ...extra,
});
const problem = (nodeId: string | undefined, severity: Severity): Diagnostic => ({
  code: 'dead-end',
  severity,
  message: 'm',
  path: '',
  ...(nodeId ? { nodeId } : {}),
});
const moved = (mission: Mission, id: string, x: number): Mission =>
  applyEdit(openDocument(mission), { kind: 'move-nodes', moves: [{ id, position: { x, y: 0 } }] }).mission;

describe('syncFlowNodes', () => {
  it('makes one flow node per mission node, frames as groups sized by their data and the rest as mission nodes', () => {
    const nodes = syncFlowNodes([], inputsFor(SECOND_WAVE));
    expect(nodes.map((n) => n.id).sort()).toEqual(SECOND_WAVE.nodes.map((n) => n.id).sort());
    for (const flowNode of nodes) {
      const source = SECOND_WAVE.nodes.find((n) => n.id === flowNode.id) as MissionNode;
      expect(flowNode.type).toBe(source.type === 'group' ? 'missionGroup' : 'mission');
      expect(flowNode.parentId).toBe(source.parentId);
      expect(flowNode.position).toEqual(source.position);
      if (source.type === 'group') expect([flowNode.width, flowNode.height]).toEqual([source.data.width, source.data.height]);
    }
  });

  it('gives each node its output ports, and an input unless it is a start or a group', () => {
    for (const flowNode of syncFlowNodes([], inputsFor(SECOND_WAVE))) {
      const source = flowNode.data.node;
      expect(flowNode.data.ports.map((p) => p.id)).toEqual(outputPorts(source).map((p) => p.id));
      expect(flowNode.data.hasInput).toBe(source.type !== 'start' && source.type !== 'group');
    }
  });

  it('reuses the flow node of every mission node an edit left alone', () => {
    const before = syncFlowNodes([], inputsFor(SECOND_WAVE));
    const after = syncFlowNodes(before, inputsFor(moved(SECOND_WAVE, 'round-skyl', 40)));
    const changed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed).toEqual(['round-skyl']);
    expect(after.find((n) => n.id === 'round-skyl')?.position).toEqual({ x: 40, y: 0 });
  });

  it('returns the previous array itself when nothing it depends on changed', () => {
    const before = syncFlowNodes([], inputsFor(SECOND_WAVE));
    expect(syncFlowNodes(before, inputsFor(SECOND_WAVE))).toBe(before);
  });

  it('gives each flow node its size and handles before React Flow measures it', () => {
    const talk = syncFlowNodes([], inputsFor(smallMission())).find((n) => n.id === 'talk');
    expect(talk?.measured).toEqual({ width: FLOW_NODE_WIDTH, height: flowNodeHeight(talk?.data.contentLines ?? 0, 2) });
    expect(talk?.handles?.map((h) => `${h.type}:${h.id ?? ''}`)).toEqual(['target:', 'source:ask', 'source:bribe']);
  });

  it("keeps the size React Flow measured unless the node's rows changed", () => {
    const mission = smallMission();
    const measured = syncFlowNodes([], inputsFor(mission)).map((n) => ({ ...n, measured: { width: 200, height: 80 } }));
    const talk = mission.nodes.find((n) => n.id === 'talk') as Extract<MissionNode, { type: 'dialog' }>;
    const retitled = applyEdit(openDocument(mission), { kind: 'update-node', id: 'start', title: 'Begin' }).mission;
    expect(syncFlowNodes(measured, inputsFor(retitled)).find((n) => n.id === 'start')?.measured).toEqual({ width: 200, height: 80 });
    const choices = [...talk.data.choices, { id: 'leave', text: 'Leave.' }];
    const grown = applyEdit(openDocument(mission), { kind: 'update-node', id: 'talk', data: { ...talk.data, choices } }).mission;
    const talkNode = syncFlowNodes(measured, inputsFor(grown)).find((n) => n.id === 'talk');
    expect(talkNode?.measured).toEqual({ width: FLOW_NODE_WIDTH, height: flowNodeHeight(talkNode?.data.contentLines ?? 0, 3) });
    expect(talkNode?.handles?.filter((h) => h.type === 'source').map((h) => h.id)).toEqual(['ask', 'bribe', 'leave']);
    expect(talkNode?.data.ports.map((p) => p.id)).toEqual(['ask', 'bribe', 'leave']);
  });

  it('marks the selected nodes and the revealed one, rebuilding only the nodes whose marks changed', () => {
    const mission = smallMission();
    const before = syncFlowNodes([], inputsFor(mission));
    const after = syncFlowNodes(before, inputsFor(mission, { selected: new Set(['talk', 'win']), highlight: 'lose' }));
    expect(after.filter((n) => n.selected).map((n) => n.id)).toEqual(['talk', 'win']);
    expect(after.filter((n) => n.className === 'is-revealed').map((n) => n.id)).toEqual(['lose']);
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual(['talk', 'win', 'lose']);
  });

  it('keeps a node that is being dragged where the drag has it until the drop commits the move', () => {
    const mission = smallMission();
    const dragging = syncFlowNodes([], inputsFor(mission)).map((n) =>
      n.id === 'win' ? { ...n, position: { x: 300, y: 40 }, dragging: true } : n,
    );
    const synced = syncFlowNodes(dragging, inputsFor(mission, { badges: new Map([['win', { count: 1, severity: 'error' }]]) }));
    expect(synced.find((n) => n.id === 'win')?.position).toEqual({ x: 300, y: 40 });
  });

  it("shows a node's problem badge and rebuilds the node only when its count or worst severity changes", () => {
    const mission = smallMission();
    const badges = countProblems([problem('talk', 'warning')]);
    const before = syncFlowNodes([], inputsFor(mission, { badges }));
    expect(before.find((n) => n.id === 'talk')?.data.badge).toEqual({ count: 1, severity: 'warning' });
    const same = syncFlowNodes(before, inputsFor(mission, { badges: countProblems([problem('talk', 'warning')]) }));
    expect(same).toBe(before);
    const worse = syncFlowNodes(before, inputsFor(mission, { badges: countProblems([problem('talk', 'error')]) }));
    expect(worse.find((n) => n.id === 'talk')?.data.badge).toEqual({ count: 1, severity: 'error' });
  });

  it('draws a node whose parent is missing or not a group on the top level', () => {
    const mission = smallMission();
    mission.nodes.push(node('orphan', 'end', { outcome: 'success', text: 'x' }, { parentId: 'nowhere' }));
    mission.nodes.push(node('odd', 'end', { outcome: 'success', text: 'x' }, { parentId: 'win' }));
    const nodes = syncFlowNodes([], inputsFor(mission));
    expect(nodes.find((n) => n.id === 'orphan')?.parentId).toBeUndefined();
    expect(nodes.find((n) => n.id === 'odd')?.parentId).toBeUndefined();
  });
});

describe('parentFirst', () => {
  const groupsAndChildren = (): MissionNode[] => [
    node('outer', 'group', { width: 900, height: 600 }),
    node('inner', 'group', { width: 400, height: 300 }, { parentId: 'outer' }),
    node('a', 'narration', { lines: ['a'] }, { parentId: 'inner' }),
    node('b', 'narration', { lines: ['b'] }, { parentId: 'outer' }),
    node('c', 'narration', { lines: ['c'] }),
  ];

  it('returns the same array when every group already comes before its children', () => {
    const nodes = groupsAndChildren();
    expect(parentFirst(nodes)).toBe(nodes);
  });

  it('puts every group before its children, whatever order the file has them in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(groupsAndChildren(), { minLength: 5, maxLength: 5 }), (nodes) => {
        const ordered = parentFirst(nodes).map((n) => n.id);
        expect([...ordered].sort()).toEqual(nodes.map((n) => n.id).sort());
        for (const n of nodes) if (n.parentId) expect(ordered.indexOf(n.parentId)).toBeLessThan(ordered.indexOf(n.id));
      }),
    );
  });

  it('keeps every node once when groups name each other as parents', () => {
    const nodes = [
      node('x', 'group', { width: 1, height: 1 }, { parentId: 'y' }),
      node('y', 'group', { width: 1, height: 1 }, { parentId: 'x' }),
    ];
    expect(
      parentFirst(nodes)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['x', 'y']);
  });
});

describe('countProblems', () => {
  it('counts the problems of each node and keeps the worst severity', () => {
    const badges = countProblems([
      problem('a', 'info'),
      problem('a', 'error'),
      problem('a', 'warning'),
      problem('b', 'warning'),
      problem(undefined, 'error'),
    ]);
    expect(Object.fromEntries(badges)).toEqual({ a: { count: 3, severity: 'error' }, b: { count: 1, severity: 'warning' } });
  });

  it('accounts for every diagnostic that names a node', () => {
    const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }), severity })), (list) => {
        const badges = countProblems(list.map((d) => problem(d.id, d.severity)));
        const total = [...badges.values()].reduce((sum, b) => sum + b.count, 0);
        expect(total).toBe(list.filter((d) => d.id !== undefined).length);
      }),
    );
  });
});

describe('syncFlowEdges', () => {
  it('maps each edge to its source port and target, leaving out edges whose ends are missing', () => {
    const mission = smallMission();
    mission.edges.push(edge('win', 'next', 'ghost'));
    const edges = syncFlowEdges([], { mission, selected: NONE });
    expect(edges.map((e) => [e.source, e.sourceHandle, e.target])).toEqual(
      smallMission().edges.map((e) => [e.source, e.sourceHandle, e.target]),
    );
  });

  it('labels dialog choices with their text and leaves plain ports unlabelled', () => {
    const edges = syncFlowEdges([], { mission: smallMission(), selected: NONE });
    expect(edges.find((e) => e.id === 'talk.ask')?.label).toBe('Just informat…');
    expect(edges.find((e) => e.id === 'talk.bribe')?.label).toBe('Here is a bar…');
    expect(edges.find((e) => e.id === 'start.next')?.label).toBeUndefined();
  });

  it('leaves every edge unlabelled when labels are off, and labels them again when they are back on', () => {
    const off = syncFlowEdges([], { mission: smallMission(), selected: NONE, labels: false });
    expect(off.filter((e) => e.label !== undefined)).toEqual([]);
    expect(syncFlowEdges(off, { mission: smallMission(), selected: NONE, labels: true }).find((e) => e.id === 'talk.ask')?.label).toBe(
      'Just informat…',
    );
  });

  it('reuses unchanged edges and rebuilds the ones whose selection changed', () => {
    const mission = smallMission();
    const before = syncFlowEdges([], { mission, selected: NONE });
    expect(syncFlowEdges(before, { mission, selected: NONE })).toBe(before);
    const after = syncFlowEdges(before, { mission, selected: new Set(['talk.ask']) });
    expect(after.filter((e, i) => e !== before[i]).map((e) => e.id)).toEqual(['talk.ask']);
    expect(after.find((e) => e.id === 'talk.ask')?.selected).toBe(true);
  });

  it('keeps every edge object, and the array, when a node is moved', () => {
    const mission = smallMission();
    const before = syncFlowEdges([], { mission, selected: NONE });
    const moved = applyEdit(openDocument(mission), { kind: 'move-nodes', moves: [{ id: 'talk', position: { x: 640, y: 80 } }] }).mission;
    expect(syncFlowEdges(before, { mission: moved, selected: NONE })).toBe(before);
  });

  it('relabels an edge when its choice text changes', () => {
    const mission = smallMission();
    const before = syncFlowEdges([], { mission, selected: NONE });
    const talk = mission.nodes.find((n) => n.id === 'talk') as Extract<MissionNode, { type: 'dialog' }>;
    const data = { ...talk.data, choices: talk.data.choices.map((c) => (c.id === 'ask' ? { ...c, text: 'Rumours.' } : c)) };
    const edited = applyEdit(openDocument(mission), { kind: 'update-node', id: 'talk', data }).mission;
    expect(syncFlowEdges(before, { mission: edited, selected: NONE }).find((e) => e.id === 'talk.ask')?.label).toBe('Rumours.');
  });
});
