import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import type { Mission } from '../format/mission.types';
import { edge, smallMission } from '../test-support/mission-builder';
import type { Edit } from './edit.types';
import { applyEdit, COALESCE_MS, historyLabels, historySteps, openDocument, redo, stepsOf, undo } from './history';
import { nodeTemplate } from './node-templates';

describe('applyEdit', () => {
  it('records an edit so that undo gives the mission back and redo reapplies it', () => {
    const start = openDocument(smallMission());
    const edited = applyEdit(start, { kind: 'add-nodes', nodes: [nodeTemplate('narration', 'n1', { x: 5, y: 5 })] });
    expect(edited.mission.nodes).toHaveLength(8);
    expect(undo(edited).mission).toEqual(start.mission);
    expect(redo(undo(edited)).mission).toEqual(edited.mission);
    expect(historyLabels(edited)).toEqual({ undo: 'Undo Add Node', redo: null });
  });

  it('merges a drag into one undo step', () => {
    let doc = openDocument(smallMission());
    for (let i = 1; i <= 5; i++)
      doc = applyEdit(
        doc,
        { kind: 'move-nodes', moves: [{ id: 'talk', position: { x: i * 10, y: 0 } }] },
        { coalesceKey: 'drag-1', now: i * 16 },
      );
    expect(doc.history.past).toHaveLength(1);
    expect(undo(doc).mission).toEqual(smallMission());
  });

  it('starts a new step when the same key comes back after a pause', () => {
    let doc = openDocument(smallMission());
    doc = applyEdit(doc, { kind: 'update-node', id: 'win', title: 'A' }, { coalesceKey: 'title', now: 0 });
    doc = applyEdit(doc, { kind: 'update-node', id: 'win', title: 'AB' }, { coalesceKey: 'title', now: COALESCE_MS + 1 });
    expect(doc.history.past).toHaveLength(2);
  });

  it('drops the redo branch when a new change is made', () => {
    let doc = applyEdit(openDocument(smallMission()), { kind: 'update-node', id: 'win', title: 'A' });
    doc = applyEdit(undo(doc), { kind: 'update-node', id: 'win', title: 'B' });
    expect(doc.history.future).toEqual([]);
    expect(redo(doc)).toBe(doc);
  });

  it('records nothing for an edit that changes nothing', () => {
    const doc = openDocument(smallMission());
    expect(applyEdit(doc, { kind: 'update-node', id: 'no-such-node', title: 'x' })).toBe(doc);
  });

  it('moves an existing edge when a port is connected again', () => {
    const doc = applyEdit(openDocument(smallMission()), { kind: 'connect', edge: { ...edge('check', 'else', 'win'), id: 'new' } });
    expect(doc.mission.edges.filter((e) => e.source === 'check' && e.sourceHandle === 'else')).toEqual([
      { id: 'new', source: 'check', sourceHandle: 'else', target: 'win' },
    ]);
  });

  it("deletes a node with its edges, and keeps a deleted group's children where they were", () => {
    const doc = applyEdit(openDocument(smallMission()), { kind: 'delete', nodeIds: ['act', 'trust'], edgeIds: [] });
    expect(doc.mission.nodes.map((n) => n.id)).not.toContain('trust');
    expect(doc.mission.edges.some((e) => e.source === 'trust' || e.target === 'trust')).toBe(false);
    expect(doc.mission.nodes.find((n) => n.id === 'talk')?.parentId).toBeUndefined();
  });

  it("applies an auto-layout's moves and group sizes as one undo step labelled Auto-layout", () => {
    const start = openDocument(smallMission());
    const doc = applyEdit(start, {
      kind: 'layout',
      moves: [
        { id: 'act', position: { x: 10, y: 20 } },
        { id: 'talk', position: { x: 300, y: 40 } },
      ],
      groupSizes: [
        { id: 'act', width: 999, height: 444 },
        { id: 'talk', width: 1, height: 1 },
      ],
    });
    expect(doc.history.past).toHaveLength(1);
    expect(historyLabels(doc).undo).toBe('Undo Auto-layout');
    expect(doc.mission.nodes.find((n) => n.id === 'act')).toMatchObject({ position: { x: 10, y: 20 }, data: { width: 999, height: 444 } });
    // Only groups have a size: a size for another node is ignored rather than written into its data.
    expect(doc.mission.nodes.find((n) => n.id === 'talk')?.data).toEqual(start.mission.nodes.find((n) => n.id === 'talk')?.data);
    expect(undo(doc).mission).toEqual(start.mission);
  });

  it('renames a node and every reference to it', () => {
    const doc = applyEdit(openDocument(smallMission()), { kind: 'rename-node', from: 'check', to: 'verdict' });
    expect(doc.mission.edges.filter((e) => e.source === 'verdict' || e.target === 'verdict')).toHaveLength(4);
  });
});

const base = secondWave as unknown as Mission;
const ids = base.nodes.map((n) => n.id);
const variableIds = base.variables.map((v) => v.id);
const anEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('move-nodes' as const),
    moves: fc.array(fc.record({ id: fc.constantFrom(...ids), position: fc.record({ x: fc.integer(), y: fc.integer() }) }), {
      maxLength: 3,
    }),
  }),
  fc.record({
    kind: fc.constant('layout' as const),
    moves: fc.array(fc.record({ id: fc.constantFrom(...ids), position: fc.record({ x: fc.integer(), y: fc.integer() }) }), {
      maxLength: 5,
    }),
    groupSizes: fc.array(fc.record({ id: fc.constantFrom(...ids), width: fc.nat(), height: fc.nat() }), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), nodeIds: fc.subarray(ids, { maxLength: 3 }), edgeIds: fc.constant([] as string[]) }),
  fc.record({ kind: fc.constant('update-node' as const), id: fc.constantFrom(...ids), title: fc.string() }),
  fc.record({ kind: fc.constant('rename-node' as const), from: fc.constantFrom(...ids), to: fc.string({ minLength: 1 }) }),
  fc.record({
    kind: fc.constant('rename-variable' as const),
    from: fc.constantFrom(...variableIds),
    to: fc.constantFrom('renamed', 'other', 'visited', ...variableIds),
  }),
  fc.record({
    kind: fc.constant('replace-text' as const),
    changes: fc.array(
      fc.record({
        nodeId: fc.constantFrom(...ids),
        path: fc.constantFrom('/title', '/data/lines/0', '/data/text', '/id'),
        text: fc.string(),
      }),
      { maxLength: 3 },
    ),
  }),
  fc.integer({ min: 0, max: 99 }).map((i): Edit => ({ kind: 'add-nodes', nodes: [nodeTemplate('end', `new-${i}`, { x: i, y: i })] })),
  fc.record({
    kind: fc.constant('connect' as const),
    edge: fc.record({
      id: fc.string(),
      source: fc.constantFrom(...ids),
      sourceHandle: fc.constantFrom('next', 'done', 'victory'),
      target: fc.constantFrom(...ids),
    }),
  }),
);

describe('undo', () => {
  it('after any sequence of edits, undoing all gives the start back and redoing all gives the end', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anEdit, fc.option(fc.constantFrom('a', 'b'), { nil: undefined })), { maxLength: 12 }), (steps) => {
        let doc = openDocument(base);
        steps.forEach(([edit, key], i) => (doc = applyEdit(doc, edit, { coalesceKey: key, now: i * 100 })));
        const end = doc.mission;
        while (doc.history.past.length > 0) doc = undo(doc);
        expect(doc.mission).toEqual(base);
        while (doc.history.future.length > 0) doc = redo(doc);
        expect(doc.mission).toEqual(end);
      }),
      { numRuns: 100 },
    );
  });
});

describe('historySteps', () => {
  it('lists the opened state, the done steps and the undone ones in redo order, marking where the document is', () => {
    const start = openDocument(smallMission());
    const moved = applyEdit(start, { kind: 'move-nodes', moves: [{ id: start.mission.nodes[0]!.id, position: { x: 5, y: 5 } }] });
    const added = applyEdit(moved, { kind: 'add-nodes', nodes: [nodeTemplate('end', 'end-new', { x: 0, y: 0 })] });
    const back = undo(added);
    expect(historySteps(back)).toEqual([
      { label: 'Opened', current: false, done: true },
      { label: 'Move Node', current: true, done: true },
      { label: 'Add Node', current: false, done: false },
    ]);
    expect(historySteps(start)).toEqual([{ label: 'Opened', current: true, done: true }]);
  });
});

describe('stepsOf', () => {
  it('reads labels the way historySteps reads a document, the current state after the last done step', () => {
    expect(stepsOf('Joined the Room', ['Rename Node', 'Move Node'], ['Add Node'])).toEqual([
      { label: 'Joined the Room', current: false, done: true },
      { label: 'Rename Node', current: false, done: true },
      { label: 'Move Node', current: true, done: true },
      { label: 'Add Node', current: false, done: false },
    ]);
    expect(stepsOf('Joined the Room', [], ['Add Node'])[0]).toEqual({ label: 'Joined the Room', current: true, done: true });
  });
});
