import { describe, expect, it } from 'vitest';
import { CONTENT_LINE, PORT_ROW, PORTS_TOP, portHandleStyle, portHandleTop, TITLE_ROW } from './node-geometry';

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

describe('portHandleStyle', () => {
  it('hands out one shared style object per place', () => {
    expect(portHandleStyle(2, 1)).toBe(portHandleStyle(2, 1));
    expect(portHandleStyle(2, 1)).toEqual({ top: portHandleTop(2, 1) });
    expect(portHandleStyle(2, 0)).not.toBe(portHandleStyle(2, 1));
  });
});
