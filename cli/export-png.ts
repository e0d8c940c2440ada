import { Resvg } from '@resvg/resvg-js';
import { defaultRasterScale, rasterSize } from '@mission-studio/core/export';

/** Options for `svgToPng`. */
export interface PngOptions {
  /** Pixels per picture pixel (default 2, crisp in print). */
  scale?: number;
}

// The picture names only generic families (`sans-serif`). resvg maps those to named ones it finds among the
// system fonts, and when the default family is missing it maps every generic family to the first font it finds;
// naming the platform's usual sans-serif face as both keeps `sans-serif` a sans-serif wherever one is installed.
// Characters that face lacks (a node type's glyph) fall back to any font that has them.
const SANS: Partial<Record<NodeJS.Platform, string>> = { darwin: 'Helvetica', win32: 'Arial' };
const sansSerif = SANS[process.platform] ?? 'DejaVu Sans';

/** The width and height the root of an `svg` export declares (0 × 0 when it declares none). */
function pictureSize(svg: string): [number, number] {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attribute = (name: string): number => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return [attribute('width'), attribute('height')];
}

/**
 * An SVG picture (the `svg` export) as PNG bytes, drawn by resvg without a browser, on white, at `scale` (by
 * default 2, less for a big picture: defaultRasterScale). Throws a RangeError before drawing when the PNG would
 * be larger than `rasterSize` allows, and resvg's error for malformed SVG.
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const scale = options.scale ?? defaultRasterScale(...pictureSize(svg));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: sansSerif, sansSerifFamily: sansSerif },
    logLevel: 'off',
  });
  rasterSize(resvg.width, resvg.height, scale);
  return new Uint8Array(resvg.render().asPng());
}
