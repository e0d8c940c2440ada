import { describe, expect, it } from 'vitest';
import { CHIPS_BELOW, detailLevel, labelScale, OVERVIEW_BELOW } from './level-of-detail';

describe('detailLevel', () => {
  it('draws full nodes from the chip threshold up', () => {
    expect(detailLevel(1)).toBe('full');
    expect(detailLevel(CHIPS_BELOW)).toBe('full');
  });

  it('collapses nodes to chips, then to the overview, as the zoom falls', () => {
    expect(detailLevel(CHIPS_BELOW - 0.01)).toBe('chips');
    expect(detailLevel(OVERVIEW_BELOW)).toBe('chips');
    expect(detailLevel(OVERVIEW_BELOW - 0.01)).toBe('overview');
    expect(detailLevel(0.02)).toBe('overview');
  });
});

describe('labelScale', () => {
  it('is 1 at and above 100% zoom', () => {
    expect(labelScale(1)).toBe(1);
    expect(labelScale(2.5)).toBe(1);
  });

  it('keeps text near its screen size when zoomed out, within 3%', () => {
    for (const zoom of [0.9, 0.5, 0.31, 0.17, 0.046, 0.02]) {
      const onScreen = labelScale(zoom) * zoom;
      expect(onScreen).toBeGreaterThan(0.97);
      expect(onScreen).toBeLessThan(1.03);
    }
  });

  it('moves in steps, so nearby zooms share a scale', () => {
    expect(labelScale(0.5)).toBe(labelScale(0.505));
  });

  it('ignores a zoom that is not a positive number', () => {
    expect(labelScale(0)).toBe(1);
    expect(labelScale(Number.NaN)).toBe(1);
  });
});
