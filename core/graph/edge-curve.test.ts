import { describe, expect, it } from 'vitest';
import { edgeCurve } from './edge-curve';

describe('edgeCurve', () => {
  it('leaves to the right and enters from the left, halfway across when the target is ahead', () => {
    const curve = edgeCurve({ x: 0, y: 0 }, { x: 100, y: 40 });
    expect(curve.c1).toEqual({ x: 50, y: 0 });
    expect(curve.c2).toEqual({ x: 50, y: 40 });
    expect(curve.mid).toEqual({ x: 50, y: 20 });
  });

  it('loops out past both ends when the target is behind the source, as React Flow does', () => {
    const curve = edgeCurve({ x: 400, y: 0 }, { x: 0, y: 100 });
    // React Flow: curvature 0.25 * 25 * sqrt(400) = 125.
    expect(curve.c1.x).toBe(525);
    expect(curve.c2.x).toBe(-125);
  });
});
