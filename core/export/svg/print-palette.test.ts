import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../../format/mission.types';
import { kindInk, kindTint, mix, PAPER } from './print-palette';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('mix', () => {
  it('goes from the colour to the target as the amount goes from 0 to 1', () => {
    expect(mix('#204060', '#ffffff', 0)).toBe('#204060');
    expect(mix('#204060', '#ffffff', 1)).toBe('#ffffff');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

describe('print colours', () => {
  it("keeps every type's glyph readable on its title row and on white (WCAG 3:1 for large text)", () => {
    for (const type of NODE_TYPES) {
      expect(contrast(kindInk(type), kindTint(type))).toBeGreaterThanOrEqual(3);
      expect(contrast(kindInk(type), '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps titles and body text readable on their backgrounds (WCAG 4.5:1)', () => {
    for (const type of NODE_TYPES) expect(contrast(PAPER.text, kindTint(type))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PAPER.muted, PAPER.nodeFill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PAPER.frameTitle, PAPER.frameFill)).toBeGreaterThanOrEqual(4.5);
  });
});
