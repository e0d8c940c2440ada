import { describe, expect, it } from 'vitest';
import type { Mission } from '@mission-studio/core/format';
import secondWave from '../../missions/second-wave.mission.json';
import { flowPointAt, minimapMapping, minimapPicture, minimapSize, viewRect } from './minimap-model';

const mission = (): Mission => secondWave as Mission;

describe('minimapPicture', () => {
  it('draws every frame and node of Second Wave, frames first, at their places on the canvas', () => {
    const m = mission();
    const picture = minimapPicture(m);
    expect(picture.shapes).toHaveLength(m.nodes.length);
    const groups = m.nodes.filter((n) => n.type === 'group').length;
    expect(picture.shapes.slice(0, groups).every((s) => s.group)).toBe(true);
    // A child of a frame sits at the frame's place plus its own.
    const act = m.nodes.find((n) => n.id === 'act-promenade');
    const hub = picture.shapes[m.nodes.filter((n) => n.type !== 'group').findIndex((n) => n.id === 'promenade-hub') + groups];
    expect(hub?.x).toBe((act?.position.x ?? 0) + 40);
  });

  it('bounds an empty mission with a unit box', () => {
    expect(minimapPicture({ ...mission(), nodes: [], edges: [] }).bounds).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });
});

describe('minimapSize', () => {
  it('keeps the mission shape and stays small on a 1280x720 window', () => {
    const size = minimapSize({ x: 0, y: 0, width: 3000, height: 3000 }, { width: 496, height: 443 });
    expect(size.width).toBe(size.height);
    expect(size.width * size.height).toBeLessThan((496 * 443) / 10);
  });

  it('draws a long strip as a strip, never thinner than 24 px', () => {
    const size = minimapSize({ x: 0, y: 0, width: 100_000, height: 300 }, { width: 800, height: 600 });
    expect(size).toEqual({ width: 180, height: 24 });
  });
});

describe('minimapMapping', () => {
  it('maps the box back to the canvas point drawn there', () => {
    const bounds = { x: -100, y: 50, width: 2000, height: 1000 };
    const mapping = minimapMapping(bounds, minimapSize(bounds, { width: 800, height: 600 }));
    const centre = flowPointAt(mapping, 90, mapping.offsetY + (bounds.y + 500) * mapping.scale);
    expect(centre.x).toBeCloseTo(900);
    expect(centre.y).toBeCloseTo(550);
  });
});

describe('viewRect', () => {
  it('is the canvas in flow units at the zoom, from the pan offset', () => {
    expect(viewRect([-200, 100, 0.5], { width: 400, height: 300 })).toEqual({ x: 400, y: -200, width: 800, height: 600 });
  });
});
