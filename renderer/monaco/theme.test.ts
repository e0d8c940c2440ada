import { describe, expect, it } from 'vitest';
import { MISSION_THEME } from './theme';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('MISSION_THEME', () => {
  const background = (MISSION_THEME.colors['editor.background'] ?? '').slice(1);

  it('gives every token colour a contrast of at least 4.5:1 on the editor background', () => {
    for (const rule of MISSION_THEME.rules) {
      if (!rule.foreground) continue;
      expect({ token: rule.token, ratio: contrast(rule.foreground, background) >= 4.5 }).toEqual({ token: rule.token, ratio: true });
    }
  });

  it('keeps line numbers readable on the editor background', () => {
    expect(contrast((MISSION_THEME.colors['editorLineNumber.foreground'] ?? '').slice(1), background)).toBeGreaterThanOrEqual(4.5);
  });
});
