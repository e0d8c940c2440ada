// The `png` format is the `svg` picture rasterized by a shell (the CLI with resvg, the app with a canvas). Both
// refuse the same sizes, from here: a hostile mission can ask for a picture of any size, and pixels cost memory.

/** The longest side a shell rasterizes, px: Chromium's canvas limit (the app draws PNGs on one). */
export const MAX_RASTER_SIDE = 32767;
/** The most pixels a shell rasterizes: 100 megapixels, 400 MB of RGBA. */
export const MAX_RASTER_PIXELS = 100_000_000;
/** The scale a PNG is drawn at unless asked otherwise: two pixels per canvas pixel, crisp in print. */
const DEFAULT_RASTER_SCALE = 2;

/**
 * Pixels a default PNG may have: 24 megapixels is an A3 page at 300 dpi with room to spare. Past it the default
 * scale shrinks (never below 1 when that still fits the limits): a picture of a whole big mission doubles in
 * size for nothing, and encoding 80 megapixels took the page half a minute.
 */
export const DEFAULT_RASTER_BUDGET = 24_000_000;

/** The scale a picture is drawn at by default: 2, or less for a big picture (see DEFAULT_RASTER_BUDGET). */
export function defaultRasterScale(width: number, height: number): number {
  const area = width * height;
  if (!(area > 0)) return DEFAULT_RASTER_SCALE;
  const withinBudget = Math.sqrt(DEFAULT_RASTER_BUDGET / area);
  const limit = Math.min(Math.sqrt(MAX_RASTER_PIXELS / area), MAX_RASTER_SIDE / width, MAX_RASTER_SIDE / height);
  // Each canvas pixel keeps at least one PNG pixel while that fits the limits, so text stays as legible as on screen.
  return Math.min(DEFAULT_RASTER_SCALE, Math.max(withinBudget, Math.min(1, limit)), limit);
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');

/**
 * The pixel size of a `width` × `height` picture drawn at `scale`; throws a RangeError saying what the limits are
 * when it is past them (or when the scale is not a positive number).
 */
export function rasterSize(width: number, height: number, scale: number): { width: number; height: number } {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`the PNG scale must be a positive number, not ${scale}`);
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  if (!(w >= 1 && h >= 1)) throw new RangeError(`the picture has no size to draw (${width} × ${height} px)`);
  if (w > MAX_RASTER_SIDE || h > MAX_RASTER_SIDE || w * h > MAX_RASTER_PIXELS) {
    throw new RangeError(
      `the PNG would be ${grouped(w)} × ${grouped(h)} px (scale ${scale}); PNGs are limited to ${grouped(MAX_RASTER_SIDE)} px on a side ` +
        `and ${grouped(MAX_RASTER_PIXELS / 1e6)} megapixels: export a selection, use a smaller scale, or export SVG`,
    );
  }
  return { width: w, height: h };
}
