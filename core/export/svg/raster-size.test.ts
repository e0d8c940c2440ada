import { describe, expect, it } from 'vitest';
import { DEFAULT_RASTER_BUDGET, defaultRasterScale, MAX_RASTER_PIXELS, MAX_RASTER_SIDE, rasterSize } from './raster-size';

describe('rasterSize', () => {
  it('scales the picture and rounds up to whole pixels', () => {
    expect(rasterSize(100.2, 50, 2)).toEqual({ width: 201, height: 100 });
  });

  it('refuses a side past the limit, saying the size and the limits', () => {
    expect(() => rasterSize(MAX_RASTER_SIDE, 10, 2)).toThrow(
      /PNG would be 65,534 × 20 px \(scale 2\); PNGs are limited to 32,767 px on a side/,
    );
  });

  it('refuses too many pixels even when each side fits', () => {
    const side = Math.ceil(Math.sqrt(MAX_RASTER_PIXELS)) + 1;
    expect(() => rasterSize(side, side, 1)).toThrow(/100 megapixels/);
  });

  it('refuses a scale that is not a positive number', () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => rasterSize(10, 10, scale)).toThrow(/scale must be a positive number/);
  });

  it('draws small pictures at twice their size and shrinks the default for big ones, never past the limits', () => {
    expect(defaultRasterScale(3000, 700)).toBe(2);
    const strip = defaultRasterScale(12984, 784);
    expect(strip).toBeLessThan(2);
    expect(12984 * 784 * strip * strip).toBeLessThanOrEqual(DEFAULT_RASTER_BUDGET * 1.0001);
    for (const [w, h] of [
      [30000, 30000],
      [60000, 400],
      [8000, 8000],
    ] as const)
      expect(() => rasterSize(w, h, defaultRasterScale(w, h)), `${w} x ${h}`).not.toThrow();
  });
});
