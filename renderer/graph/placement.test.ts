import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '@mission-studio/core/format';
import { edge, node, smallMission } from '@mission-studio/core/test-support';
import { nodeRect, occupiedRects } from '@mission-studio/core/edit';
import { nodeTemplate } from '@mission-studio/core/edit';
import { GRID, groupAt, NODE_HEIGHT, NODE_WIDTH, newEdgeId, placeNewNode } from './placement';

/** The small mission with its group moved to (1000, 500) and a nested group inside it. */
function withGroups(): Mission {
  const mission = smallMission();
  mission.nodes = mission.nodes.map((n) => (n.id === 'act' ? { ...n, position: { x: 1000, y: 500 } } : n));
  mission.nodes.push({ ...node('inner', 'group', { width: 200, height: 200 }, { parentId: 'act' }), position: { x: 100, y: 100 } });
  return mission;
}

describe('placeNewNode', () => {
  it('centres the node on the point and snaps it to the grid, where the canvas is free', () => {
    const empty = { ...smallMission(), nodes: [], edges: [] };
    fc.assert(
      fc.property(fc.double({ min: -5000, max: -10, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }), (x, y) => {
        const { position, parentId } = placeNewNode(empty, 'dialog', { x, y });
        expect(parentId).toBeUndefined();
        expect(Math.abs(position.x % GRID) + Math.abs(position.y % GRID)).toBe(0);
        expect(Math.abs(position.x + NODE_WIDTH / 2 - x)).toBeLessThanOrEqual(GRID / 2 + 1e-9);
        expect(Math.abs(position.y + NODE_HEIGHT / 2 - y)).toBeLessThanOrEqual(GRID / 2 + 1e-9);
      }),
    );
  });

  it('moves a node asked for on top of another to the nearest free space, clear of it', () => {
    const small = smallMission();
    // Without its group, so every node sits at its own position on the canvas.
    const mission = {
      ...small,
      nodes: small.nodes.filter((n) => n.type !== 'group').map(({ parentId: _parent, ...n }) => n as (typeof small.nodes)[number]),
    };
    const taken = mission.nodes[1]!;
    const point = { x: taken.position.x + NODE_WIDTH / 2, y: taken.position.y + NODE_HEIGHT / 2 };
    const { position, parentId } = placeNewNode(mission, 'dialog', point);
    expect(parentId).toBeUndefined();
    const placed = nodeRect(nodeTemplate('dialog', 'new', position), new Map());
    for (const other of occupiedRects(mission)) {
      const overlaps =
        placed.x < other.x + other.width &&
        other.x < placed.x + placed.width &&
        placed.y < other.y + other.height &&
        other.y < placed.y + placed.height;
      expect(overlaps).toBe(false);
    }
    expect(Math.hypot(position.x - taken.position.x, position.y - taken.position.y)).toBeLessThan(400);
  });

  it('puts a node dropped inside a group into that group, positioned relative to it', () => {
    const placed = placeNewNode(withGroups(), 'narration', { x: 1600, y: 800 });
    expect(placed.parentId).toBe('act');
    // Centred at (1500, 755), snapped to (1500, 760), then made relative to the group at (1000, 500).
    expect(placed.position).toEqual({ x: 500, y: 260 });
  });

  it('chooses the innermost group under the point', () => {
    expect(groupAt(withGroups(), { x: 1150, y: 650 })?.id).toBe('inner');
    expect(placeNewNode(withGroups(), 'end', { x: 1150, y: 650 }).parentId).toBe('inner');
  });

  it('never nests a new group in another', () => {
    expect(placeNewNode(withGroups(), 'group', { x: 1150, y: 650 }).parentId).toBeUndefined();
  });
});

describe('newEdgeId', () => {
  it('names the edge after its source and port', () => {
    expect(newEdgeId(smallMission(), 'win', 'next')).toBe('win.next');
  });

  it('reuses the id of the edge the connection replaces', () => {
    expect(newEdgeId(smallMission(), 'talk', 'ask')).toBe('talk.ask');
  });

  it('never returns an id another edge has', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a.next', 'a.next-2', 'a.next-3', 'b.x'), { maxLength: 6 }), (ids) => {
        const mission = smallMission();
        mission.edges = ids.map((id, i) => ({ ...edge(`n${i}`, 'p', 'win'), id }));
        expect(mission.edges.map((e) => e.id)).not.toContain(newEdgeId(mission, 'a', 'next'));
      }),
    );
  });
});
