import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../format/mission.types';
import { NODE_KINDS } from './node-kinds';

describe('NODE_KINDS', () => {
  it('gives every node type a label, a six-digit hex colour and a one-character glyph', () => {
    expect(Object.keys(NODE_KINDS).sort()).toEqual([...NODE_TYPES].sort());
    for (const type of NODE_TYPES) {
      const kind = NODE_KINDS[type];
      expect(kind.label).not.toBe('');
      expect(kind.color).toMatch(/^#[0-9a-f]{6}$/);
      // One character, optionally asking for its text form (U+FE0E).
      expect([...kind.glyph.replace('\uFE0E', '')]).toHaveLength(1);
    }
  });

  it('gives each type its own colour, so the picture tells them apart as the canvas does', () => {
    const colours = NODE_TYPES.map((t) => NODE_KINDS[t].color);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
