import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '@mission-studio/core/format';
import { node, smallMission } from '@mission-studio/core/test-support';
import { absolutePosition, parentChoices, reparent } from './reparent';

/** The small mission with its act at (100, 50), a second group at (400, 300), and talk at (20, 30) in the act. */
function placed(): Mission {
  const mission = smallMission();
  const at = (id: string, x: number, y: number) => {
    const n = mission.nodes.find((n) => n.id === id);
    if (n) n.position = { x, y };
  };
  mission.nodes.push(node('act2', 'group', { width: 300, height: 200 }));
  at('act', 100, 50);
  at('act2', 400, 300);
  at('talk', 20, 30);
  return mission;
}

describe('reparent', () => {
  it('keeps a node in place on the canvas when it moves to another group', () => {
    expect(reparent(placed(), 'talk', 'act2')).toEqual({ parentId: 'act2', position: { x: -280, y: -220 } });
  });

  it('gives a node its canvas position when it leaves its group', () => {
    expect(reparent(placed(), 'talk', null)).toEqual({ parentId: null, position: { x: 120, y: 80 } });
  });

  it('refuses a parent that is not a group, and a group inside itself', () => {
    const mission = placed();
    expect(reparent(mission, 'talk', 'win')).toBeNull();
    mission.nodes.find((n) => n.id === 'act2')!.parentId = 'act';
    expect(reparent(mission, 'act', 'act2')).toBeNull();
    expect(reparent(mission, 'act', 'act')).toBeNull();
  });

  it('never changes where the node is on the canvas', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('talk', 'start', 'win'),
        fc.constantFrom<string | null>('act', 'act2', null),
        fc.integer({ min: -500, max: 500 }),
        (id, parentId, dx) => {
          const mission = placed();
          mission.nodes.find((n) => n.id === 'act2')!.position.x += dx;
          const before = absolutePosition(
            new Map(mission.nodes.map((n) => [n.id, n])),
            mission.nodes.find((n) => n.id === id)!,
          );
          const moved = reparent(mission, id, parentId)!;
          const n = mission.nodes.find((n) => n.id === id)!;
          n.position = moved.position;
          if (moved.parentId === null) delete n.parentId;
          else n.parentId = moved.parentId;
          expect(absolutePosition(new Map(mission.nodes.map((n) => [n.id, n])), n)).toEqual(before);
        },
      ),
    );
  });
});

describe('parentChoices', () => {
  it('lists groups but not the group itself nor groups inside it', () => {
    const mission = placed();
    mission.nodes.find((n) => n.id === 'act2')!.parentId = 'act';
    expect(parentChoices(mission, 'talk').map((n) => n.id)).toEqual(['act', 'act2']);
    expect(parentChoices(mission, 'act').map((n) => n.id)).toEqual([]);
  });
});
