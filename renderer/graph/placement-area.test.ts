import { describe, expect, it } from 'vitest';
import { placementAreaOf } from './placement-area';

const screen = { width: 1600, height: 1000 };

describe('placementAreaOf', () => {
  it('gives the visible canvas in flow pixels, less a margin, at the current pan and zoom', () => {
    const area = placementAreaOf({ left: 300, top: 100, right: 1100, bottom: 900 }, screen, [], [50, -20, 0.5]);
    expect(area?.view).toEqual({ x: (16 - 50) / 0.5, y: (16 + 20) / 0.5, width: 768 / 0.5, height: 768 / 0.5 });
  });

  it('cuts the canvas to the window, so a canvas wider than the window counts only what shows', () => {
    const area = placementAreaOf({ left: 0, top: 0, right: 3000, bottom: 500 }, screen, [], [0, 0, 1]);
    if (!area) throw new Error('the canvas is on screen');
    expect(area.view.x + area.view.width).toBe(1600 - 16);
  });

  it('lists the panels over the canvas as covered, and leaves out those beside it', () => {
    const minimap = { left: 900, top: 750, right: 1090, bottom: 890 };
    const elsewhere = { left: 1200, top: 0, right: 1500, bottom: 200 };
    const area = placementAreaOf({ left: 300, top: 100, right: 1100, bottom: 900 }, screen, [minimap, elsewhere], [0, 0, 2]);
    expect(area?.covered).toEqual([{ x: 300, y: 325, width: 95, height: 70 }]);
  });

  it('has no area when the canvas is not on screen', () => {
    expect(placementAreaOf({ left: 2000, top: 0, right: 2500, bottom: 500 }, screen, [], [0, 0, 1])).toBeUndefined();
  });
});
