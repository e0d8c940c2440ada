import { describe, expect, it } from 'vitest';
import {
  CONTENT_LINE,
  FLOW_NODE_WIDTH,
  flowNodeHeight,
  handlePlaces,
  PORT_ROW,
  PORTS_TOP,
  portHandleTop,
  TITLE_ROW,
} from './node-geometry';

describe('portHandleTop', () => {
  it('puts each handle in the middle of its port row, one row further down per port', () => {
    expect(portHandleTop(0, 1)).toBe(TITLE_ROW + CONTENT_LINE + 2 + PORTS_TOP + PORT_ROW / 2);
    for (let i = 1; i < 6; i++) expect(portHandleTop(i, 1) - portHandleTop(i - 1, 1)).toBe(PORT_ROW);
  });

  it('moves the handles up when a node has no content and down for each extra line of it', () => {
    expect(portHandleTop(0, 1) - portHandleTop(0, 0)).toBe(CONTENT_LINE + 2);
    expect(portHandleTop(0, 2) - portHandleTop(0, 1)).toBe(CONTENT_LINE);
  });
});

describe('flowNodeHeight', () => {
  it('adds a content row only when there is content, and one row per port', () => {
    expect(flowNodeHeight(1, 2) - flowNodeHeight(0, 2)).toBe(CONTENT_LINE + 2);
    expect(flowNodeHeight(1, 3) - flowNodeHeight(1, 2)).toBe(PORT_ROW);
    expect(flowNodeHeight(1, 1) - flowNodeHeight(1, 0)).toBe(PORTS_TOP + PORT_ROW);
  });
});

describe('handlePlaces', () => {
  it('centres each output handle on the right edge, beside its port row', () => {
    const outputs = handlePlaces(true, ['a', 'b'], 1).filter((h) => h.type === 'source');
    expect(outputs.map((h) => [h.id, h.side])).toEqual([
      ['a', 'right'],
      ['b', 'right'],
    ]);
    outputs.forEach((h, i) => {
      expect(h.x + h.width / 2).toBe(FLOW_NODE_WIDTH - 1);
      expect(h.y + h.height / 2).toBe(3 + portHandleTop(i, 1));
    });
  });

  it('puts the input on the left and leaves it out for nodes without one', () => {
    expect(
      handlePlaces(true, ['next'], 1)
        .filter((h) => h.type === 'target')
        .map((h) => [h.id, h.side]),
    ).toEqual([[null, 'left']]);
    expect(handlePlaces(false, ['next'], 1).some((h) => h.type === 'target')).toBe(false);
  });

  it("keeps every handle inside the node's height", () => {
    for (let ports = 0; ports < 6; ports++) {
      for (const lines of [0, 1, 2]) {
        const ids = Array.from({ length: ports }, (_, i) => `p${i}`);
        for (const h of handlePlaces(true, ids, lines)) expect(h.y + h.height).toBeLessThanOrEqual(flowNodeHeight(lines, ports));
      }
    }
  });
});
