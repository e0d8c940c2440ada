import { describe, expect, it } from 'vitest';
import type { Mission, MissionNode, Position } from '../format/mission.types';
import { node, smallMission } from '../test-support/mission-builder';
import { canvasPosition, frameParent } from './canvas-position';

const at = (n: MissionNode, position: Position): MissionNode => ({ ...n, position });

/** `act` (800x400) at (1000, 500) framing `inner` (200x200, at 1100, 600 on the canvas) and `talk`. */
function framed(): Mission {
  const mission = smallMission();
  mission.nodes = mission.nodes.map((n) => (n.id === 'act' ? at(n, { x: 1000, y: 500 }) : n));
  mission.nodes.push(at(node('inner', 'group', { width: 200, height: 200 }, { parentId: 'act' }), { x: 100, y: 100 }));
  return mission;
}

const byIdOf = (mission: Mission) => new Map(mission.nodes.map((n) => [n.id, n]));

describe('canvasPosition', () => {
  it('adds the positions of the groups around a node, reading moved positions first', () => {
    const byId = byIdOf(framed());
    expect(canvasPosition('inner', byId)).toEqual({ x: 1100, y: 600 });
    expect(canvasPosition('inner', byId, new Map([['act', { x: 0, y: 0 }]]))).toEqual({ x: 100, y: 100 });
  });

  it('ends the walk at a parent cycle and ignores a parent that is not a group', () => {
    const mission = framed();
    mission.nodes = mission.nodes.map((n) =>
      n.id === 'act' ? { ...n, parentId: 'inner' } : n.id === 'win' ? { ...n, parentId: 'talk' } : n,
    );
    expect(canvasPosition('inner', byIdOf(mission))).toEqual({ x: 1100, y: 600 });
    expect(canvasPosition('win', byIdOf(mission))).toEqual({ x: 0, y: 0 });
  });
});

describe('frameParent', () => {
  it('names a parent only when it exists and is a group', () => {
    const mission = framed();
    mission.nodes.push(node('lost', 'end', { outcome: 'failure', text: '' }, { parentId: 'ghost' }));
    mission.nodes.push(node('odd', 'end', { outcome: 'failure', text: '' }, { parentId: 'talk' }));
    const byId = byIdOf(mission);
    expect(frameParent(byId.get('inner') as MissionNode, byId)).toBe('act');
    expect(frameParent(byId.get('lost') as MissionNode, byId)).toBeUndefined();
    expect(frameParent(byId.get('odd') as MissionNode, byId)).toBeUndefined();
  });
});
