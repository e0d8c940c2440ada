import { describe, expect, it } from 'vitest';
import type { Mission } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { freeShift, nodeRect, occupiedRects, type Rect } from './free-space';
import { copyNodes, pasteEdit } from './clipboard';
import { nodeTemplate } from './node-templates';

const box = (x: number, y: number, width = 200, height = 80): Rect => ({ x, y, width, height });
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('freeShift', () => {
  it('keeps a shape where it was asked for when that place is free', () => {
    expect(freeShift([box(0, 0)], [box(500, 500)], 20)).toEqual({ x: 0, y: 0 });
  });

  it('moves a shape that would cover a node to the nearest place clear of it, on the grid', () => {
    const occupied = [box(0, 0)];
    const shift = freeShift(occupied, [box(40, 40)], 20);
    expect(shift.x % 20).toBe(0);
    expect(shift.y % 20).toBe(0);
    expect(overlap({ ...box(40, 40), x: 40 + shift.x, y: 40 + shift.y }, occupied[0]!)).toBe(false);
    // The nearest free place: no farther than the node is tall plus the gap.
    expect(Math.hypot(shift.x, shift.y)).toBeLessThanOrEqual(80);
  });

  it('moves several shapes as one, clear of every node around them', () => {
    const occupied = [box(0, 0), box(0, 120), box(240, 0)];
    const shapes = [box(10, 10), box(10, 130)];
    const shift = freeShift(occupied, shapes, 20);
    for (const s of shapes) for (const o of occupied) expect(overlap({ ...s, x: s.x + shift.x, y: s.y + shift.y }, o)).toBe(false);
  });
});

describe('pasting and duplicating', () => {
  it('puts a duplicated node beside the original, never on top of it or another node', () => {
    const mission: Mission = smallMission();
    const [first] = mission.nodes.filter((n) => n.type !== 'group');
    const edit = pasteEdit(mission, copyNodes(mission, [first!.id]));
    if (edit.kind !== 'add-nodes') throw new Error('paste makes an add-nodes edit');
    const byId = new Map([...mission.nodes, ...edit.nodes].map((n) => [n.id, n]));
    const pasted = nodeRect(edit.nodes[0]!, byId);
    for (const taken of occupiedRects(mission)) expect(overlap(pasted, taken)).toBe(false);
  });

  it('counts a flow node by its drawn size (a fight has two lines of content)', () => {
    const fight = nodeTemplate('combat', 'c', { x: 0, y: 0 });
    const talk = nodeTemplate('narration', 'n', { x: 0, y: 0 });
    expect(nodeRect(fight, new Map()).height).toBeGreaterThan(nodeRect(talk, new Map()).height);
  });
});

describe('placing where the user can see', () => {
  const view = box(0, 0, 800, 500);

  it('prefers a free place inside the view over a nearer one outside it', () => {
    // Asked for at the view's right edge, on a column of nodes: the nearest free place is off screen to the right.
    const occupied = [box(560, 0, 200, 500)];
    const shape = box(600, 210, 200, 80);
    expect(600 + 200 + freeShift(occupied, [shape], 20).x).toBeGreaterThan(800);
    const shift = freeShift(occupied, [shape], 20, { view, covered: [] });
    const placed = { ...shape, x: shape.x + shift.x, y: shape.y + shift.y };
    expect(placed.x + placed.width).toBeLessThanOrEqual(800);
    expect(overlap(placed, occupied[0]!)).toBe(false);
  });

  it('keeps a node out from under the panels drawn over the canvas', () => {
    const minimap = box(600, 380, 200, 120);
    const shape = box(620, 400, 160, 60);
    const shift = freeShift([], [shape], 20, { view, covered: [minimap] });
    expect(overlap({ ...shape, x: shape.x + shift.x, y: shape.y + shift.y }, minimap)).toBe(false);
  });

  it('falls back to the nearest free place when the view has no room left', () => {
    const full = [box(0, 0, 800, 500)];
    const shift = freeShift(full, [box(300, 200, 200, 80)], 20, { view, covered: [] });
    expect(shift).not.toEqual({ x: 0, y: 0 });
    expect(overlap({ ...box(300, 200, 200, 80), x: 300 + shift.x, y: 200 + shift.y }, full[0]!)).toBe(false);
  });

  it('pastes nodes copied from out of view into the middle of the view', () => {
    const mission: Mission = smallMission();
    const [first] = mission.nodes.filter((n) => n.type !== 'group');
    const far = { x: 5000, y: 5000, width: 800, height: 500 };
    const edit = pasteEdit(mission, copyNodes(mission, [first!.id]), undefined, { view: far, covered: [] });
    if (edit.kind !== 'add-nodes') throw new Error('paste makes an add-nodes edit');
    const byId = new Map([...mission.nodes, ...edit.nodes].map((n) => [n.id, n]));
    const pasted = nodeRect(edit.nodes[0]!, byId);
    expect(pasted.x).toBeGreaterThanOrEqual(far.x);
    expect(pasted.x + pasted.width).toBeLessThanOrEqual(far.x + far.width);
    expect(pasted.y).toBeGreaterThanOrEqual(far.y);
    expect(pasted.y + pasted.height).toBeLessThanOrEqual(far.y + far.height);
  });
});
