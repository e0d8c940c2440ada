import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '@mission-studio/core/export';
import { loadMission } from '@mission-studio/core/format';
import { pictureCase } from '@mission-studio/core/test-support';
import { svgToPng } from './export-png';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PNG's size from its IHDR chunk (bytes 16..23, big-endian). */
const pngSize = (png: Uint8Array): { width: number; height: number } => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
const svgSize = (svg: string): { width: number; height: number } => {
  const [, width, height] = svg.match(/<svg [^>]*width="([\d.]+)" height="([\d.]+)"/) ?? [];
  return { width: Number(width), height: Number(height) };
};

const secondWave = (): string => {
  const { mission } = loadMission(readFileSync(join(__dirname, '../missions/second-wave.mission.json'), 'utf8'));
  if (!mission) throw new Error('Second Wave does not load');
  return exportSvg(mission, {}).text;
};

describe('svgToPng', () => {
  it("draws Second Wave as PNG bytes of the picture's size", () => {
    const svg = secondWave();
    // Scale 1 here: the default scale's 40 megapixels take seconds to encode, and the scale is tested below.
    const png = svgToPng(svg, { scale: 1 });
    expect([...png.slice(0, 8)]).toEqual(PNG_MAGIC);
    const { width, height } = svgSize(svg);
    expect(pngSize(png)).toEqual({ width: Math.ceil(width), height: Math.ceil(height) });
  });

  it("draws at twice the picture's size unless asked for another scale", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="#123456"/></svg>';
    expect(pngSize(svgToPng(svg))).toEqual({ width: 60, height: 40 });
    expect(pngSize(svgToPng(svg, { scale: 0.5 }))).toEqual({ width: 15, height: 10 });
  });

  it('refuses a picture past the size limit before drawing it, saying why', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="4"><rect width="20000" height="4"/></svg>';
    expect(() => svgToPng(svg, { scale: 2 })).toThrow(
      'the PNG would be 40,000 × 8 px (scale 2); PNGs are limited to 32,767 px on a side and 100 megapixels',
    );
    expect(() => svgToPng(svg, { scale: 1 })).not.toThrow();
  });

  it('draws a wide picture at the largest default scale that fits the limits, rather than refusing it', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="4"><rect width="20000" height="4"/></svg>';
    expect(pngSize(svgToPng(svg)).width).toBeLessThanOrEqual(32767);
  });

  it('refuses malformed SVG', () => {
    expect(() => svgToPng('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow();
  });

  it('parses the picture of every random valid mission (resvg throws on malformed XML)', () => {
    fc.assert(
      fc.property(pictureCase(), ({ mission, nodeIds }) => {
        const { text } = exportSvg(mission, nodeIds ? { nodeIds } : {});
        expect(() => new Resvg(text, { font: { loadSystemFonts: false } })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('draws the picture of random valid missions', () => {
    // Drawn too (small): resvg-js aborts the whole process on some valid SVG (see export-svg.ts), so a picture
    // that trips it would end this run loudly. Fewer runs: each loads the system fonts.
    fc.assert(
      fc.property(pictureCase(), ({ mission, nodeIds }) => {
        const { text } = exportSvg(mission, nodeIds ? { nodeIds } : {});
        expect([...svgToPng(text, { scale: 0.05 }).slice(0, 8)]).toEqual(PNG_MAGIC);
      }),
      { numRuns: 12 },
    );
  });
});
