import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, openDocument } from '@mission-studio/core/edit';
import type { Mission, MissionNode, Position } from '@mission-studio/core/format';
import { canvasPosition } from '@mission-studio/core/graph';
import { node, smallMission } from '@mission-studio/core/test-support';
import { frameAt, isWithin, markDropTargets, nodeSize, planDrop, sameTargets, type DraggedNode } from './group-drop';
import { NODE_HEIGHT, NODE_WIDTH } from './placement';

const at = (n: MissionNode, position: Position): MissionNode => ({ ...n, position });

/**
 * `act` (800x400) at (1000, 500) framing `inner` (200x200, at 1100, 600 on the canvas) and `talk`; `other`
 * (600x300) at (3000, 0); `win` on the top level at the origin.
 */
function framed(): Mission {
  const mission = smallMission();
  mission.nodes = mission.nodes.map((n) => (n.id === 'act' ? at(n, { x: 1000, y: 500 }) : n));
  mission.nodes.push(at(node('inner', 'group', { width: 200, height: 200 }, { parentId: 'act' }), { x: 100, y: 100 }));
  mission.nodes.push(at(node('other', 'group', { width: 600, height: 300 }), { x: 3000, y: 0 }));
  return mission;
}

const byIdOf = (mission: Mission) => new Map(mission.nodes.map((n) => [n.id, n]));
const sized = (id: string, position: Position, width = 200, height = 100): DraggedNode => ({ id, position, width, height });
/** A drag whose node is centred on `centre` (canvas coordinates), for a node whose parent sits at `origin`. */
const centredOn = (id: string, centre: Position, origin: Position = { x: 0, y: 0 }): DraggedNode =>
  sized(id, { x: centre.x - 100 - origin.x, y: centre.y - 50 - origin.y });

describe('isWithin', () => {
  it('reports a group as within itself and within the groups around it, and not within others', () => {
    const parents = new Map<string, string | undefined>([
      ['inner', 'act'],
      ['act', undefined],
      ['other', undefined],
    ]);
    expect(isWithin('inner', 'inner', parents)).toBe(true);
    expect(isWithin('inner', 'act', parents)).toBe(true);
    expect(isWithin('act', 'inner', parents)).toBe(false);
    expect(isWithin('other', 'act', parents)).toBe(false);
  });
});

describe('frameAt', () => {
  const frames = [
    { id: 'big', at: { x: 0, y: 0 }, width: 1000, height: 1000 },
    { id: 'small', at: { x: 100, y: 100 }, width: 100, height: 100 },
  ];
  it('picks the smallest frame around a point, skipping frames that are not allowed', () => {
    expect(frameAt(frames, { x: 150, y: 150 })?.id).toBe('small');
    expect(frameAt(frames, { x: 150, y: 150 }, (id) => id !== 'small')?.id).toBe('big');
    expect(frameAt(frames, { x: 1500, y: 150 })).toBeUndefined();
  });
});

describe('planDrop', () => {
  it('moves a top-level node dropped inside a group into it, relative to the group', () => {
    const plan = planDrop(framed().nodes, [centredOn('win', { x: 1600, y: 700 })]);
    expect(plan.moves).toEqual([{ id: 'win', position: { x: 500, y: 150 }, parentId: 'act' }]);
    expect(plan.targets).toEqual(['act']);
  });

  it('gives a node dropped in nested groups to the innermost one', () => {
    const plan = planDrop(framed().nodes, [centredOn('win', { x: 1200, y: 700 })]);
    expect(plan.moves).toEqual([{ id: 'win', position: { x: 0, y: 50 }, parentId: 'inner' }]);
    expect(plan.targets).toEqual(['inner']);
  });

  it('takes a child dragged out of every frame out of its group, at the same place on the canvas', () => {
    const plan = planDrop(framed().nodes, [centredOn('talk', { x: 500, y: 2000 }, { x: 1000, y: 500 })]);
    expect(plan.moves).toEqual([{ id: 'talk', position: { x: 400, y: 1950 }, parentId: null }]);
    expect(plan.targets).toEqual([]);
  });

  it('leaves the parent alone when a child is moved within its own group', () => {
    const plan = planDrop(framed().nodes, [sized('talk', { x: 400, y: 20 })]);
    expect(plan.moves).toEqual([{ id: 'talk', position: { x: 400, y: 20 } }]);
    expect(plan.targets).toEqual(['act']);
  });

  it('moves a child from one group into another', () => {
    const plan = planDrop(framed().nodes, [centredOn('talk', { x: 3300, y: 150 }, { x: 1000, y: 500 })]);
    expect(plan.moves).toEqual([{ id: 'talk', position: { x: 200, y: 100 }, parentId: 'other' }]);
  });

  it('never drops a group into itself or a group inside it', () => {
    // With inner moved under act's centre, act's centre lies in act and in inner wherever act goes.
    const mission = framed();
    mission.nodes = mission.nodes.map((n) => (n.id === 'inner' ? at(n, { x: 300, y: 100 }) : n));
    const plan = planDrop(mission.nodes, [sized('act', { x: 800, y: 400 }, 800, 400)]);
    expect(plan.moves).toEqual([{ id: 'act', position: { x: 800, y: 400 } }]);
    expect(plan.targets).toEqual([]);
  });

  it('keeps the children of a group dragged along with them in that group', () => {
    const plan = planDrop(framed().nodes, [sized('act', { x: 5000, y: 5000 }, 800, 400), sized('talk', { x: 10, y: 10 })]);
    expect(plan.moves).toEqual([
      { id: 'act', position: { x: 5000, y: 5000 } },
      { id: 'talk', position: { x: 10, y: 10 } },
    ]);
  });

  it('never lets two groups dropped together frame each other', () => {
    const mission = framed();
    // Two equal frames on top of each other: each one's centre is inside the other.
    mission.nodes = mission.nodes.map((n) =>
      n.id === 'inner' ? { ...n, parentId: undefined } : n.id === 'other' ? at(n, { x: 0, y: 0 }) : n,
    );
    mission.nodes = mission.nodes.map((n) => (n.type === 'group' && n.id !== 'act' ? { ...n, data: { width: 600, height: 300 } } : n));
    const plan = planDrop(mission.nodes, [sized('inner', { x: 10, y: 10 }, 600, 300), sized('other', { x: 20, y: 20 }, 600, 300)]);
    const adopted = plan.moves.filter((m) => typeof m.parentId === 'string');
    expect(adopted).toHaveLength(1);
  });

  it('keeps every dropped node where it was dropped on the canvas, inside the frame it names', () => {
    const mission = framed();
    const ids = mission.nodes.map((n) => n.id);
    const coordinate = fc.integer({ min: -500, max: 4000 });
    fc.assert(
      fc.property(fc.constantFrom(...ids), coordinate, coordinate, (id, x, y) => {
        const byId = byIdOf(mission);
        const moving = byId.get(id) as MissionNode;
        const { width, height } = nodeSize(moving);
        const plan = planDrop(mission.nodes, [{ id, position: { x, y }, width, height }]);
        const dropped = canvasPosition(id, byId, new Map([[id, { x, y }]]));
        const after = applyEdit(openDocument(mission), { kind: 'move-nodes', moves: plan.moves }).mission;
        const afterById = byIdOf(after);
        expect(canvasPosition(id, afterById)).toEqual(dropped);
        const parent = afterById.get(id)?.parentId;
        if (parent === undefined) return;
        const frame = afterById.get(parent) as MissionNode & { type: 'group' };
        const origin = canvasPosition(parent, afterById);
        const centre = { x: dropped.x + width / 2, y: dropped.y + height / 2 };
        expect(
          centre.x >= origin.x &&
            centre.x <= origin.x + frame.data.width &&
            centre.y >= origin.y &&
            centre.y <= origin.y + frame.data.height,
        ).toBe(true);
        expect(isWithin(parent, id, new Map(after.nodes.map((n) => [n.id, n.parentId])))).toBe(false);
      }),
    );
  });
});

describe('nodeSize', () => {
  it('prefers the measured size, then a group frame, then a typical node', () => {
    const mission = framed();
    const byId = byIdOf(mission);
    expect(nodeSize(byId.get('talk') as MissionNode, { width: 210, height: 130 })).toEqual({ width: 210, height: 130 });
    expect(nodeSize(byId.get('inner') as MissionNode)).toEqual({ width: 200, height: 200 });
    expect(nodeSize(byId.get('talk') as MissionNode, { width: 0 })).toEqual({ width: NODE_WIDTH, height: NODE_HEIGHT });
  });
});

describe('markDropTargets', () => {
  const nodes = [{ id: 'a' }, { id: 'b', className: 'is-revealed' }, { id: 'c' }];
  it('returns the same array when nothing is a target', () => {
    expect(markDropTargets(nodes, [])).toBe(nodes);
  });

  it('adds the class to the targets only, keeping their other classes and the other node objects', () => {
    const marked = markDropTargets(nodes, ['a', 'b']);
    expect(marked.map((n) => n.className)).toEqual(['drop-target', 'is-revealed drop-target', undefined]);
    expect(marked[2]).toBe(nodes[2]);
  });
});

describe('sameTargets', () => {
  it('compares target lists by their ids in order', () => {
    expect(sameTargets(['a'], ['a'])).toBe(true);
    expect(sameTargets(['a'], ['b'])).toBe(false);
    expect(sameTargets([], ['a'])).toBe(false);
  });
});
