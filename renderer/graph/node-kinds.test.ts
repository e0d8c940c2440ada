import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '@mission-studio/core/format';
import { kindStyleSheet, NODE_KINDS } from './node-kinds';

describe('kindStyleSheet', () => {
  it('gives every node type one rule with its colour and its glyph as a CSS string', () => {
    const rules = kindStyleSheet().split('\n');
    expect(rules).toHaveLength(NODE_TYPES.length);
    for (const type of NODE_TYPES) {
      const rule = rules.find((r) => r.startsWith(`[data-kind="${type}"]`));
      expect(rule).toContain(`--kind: ${NODE_KINDS[type].color};`);
      expect(rule).toContain(`--glyph: "${NODE_KINDS[type].glyph}";`);
    }
  });
});
