import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_LINE, FLOW_NODE_WIDTH, flowNodeHandles, flowNodeHeight, PORT_ROW, PORTS_TOP, portHandleStyle, portHandleTop, TITLE_ROW } from './node-geometry';

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

describe('flowNodeHeight', () => {
  it('adds a content row only when there is content, and one row per port', () => {
    expect(flowNodeHeight(1, 2) - flowNodeHeight(0, 2)).toBe(CONTENT_LINE + 2);
    expect(flowNodeHeight(1, 3) - flowNodeHeight(1, 2)).toBe(PORT_ROW);
    expect(flowNodeHeight(1, 1) - flowNodeHeight(1, 0)).toBe(PORTS_TOP + PORT_ROW);
  });
});

describe('flowNodeHandles', () => {
  it('centres each output handle on the right edge, beside its port row', () => {
    const handles = flowNodeHandles(true, ['a', 'b'], 1);
    const outputs = handles.filter((h) => h.type === 'source');
    expect(outputs.map((h) => h.id)).toEqual(['a', 'b']);
    outputs.forEach((h, i) => {
      expect(h.x + (h.width ?? 0) / 2).toBe(FLOW_NODE_WIDTH - 1);
      expect(h.y + (h.height ?? 0) / 2).toBe(3 + portHandleTop(i, 1));
    });
  });

  it('gives start nodes no input handle', () => {
    expect(flowNodeHandles(false, ['next'], 1).some((h) => h.type === 'target')).toBe(false);
    expect(flowNodeHandles(true, ['next'], 1).filter((h) => h.type === 'target')).toHaveLength(1);
  });
});

describe('node geometry and graph.css', () => {
  // The sizes above are handed to React Flow before it measures anything: they must be the ones the CSS draws.
  const css = readFileSync(join(__dirname, 'graph.css'), 'utf8');
  const rule = (selector: string): string => {
    // The rule for this selector alone (a blank line or a comment before it), not a list that ends with it.
    const at = [`\n\n${selector} {`, `*/\n${selector} {`].map((s) => css.indexOf(s)).find((i) => i >= 0) ?? -1;
    if (at < 0) throw new Error(`graph.css has no rule "${selector}"`);
    return css.slice(at, css.indexOf('}', at));
  };

  it('uses the row heights, node width and frame that the geometry assumes', () => {
    expect(rule('.node-title')).toContain(`height: ${TITLE_ROW}px`);
    expect(rule('.node-port')).toContain(`height: ${PORT_ROW}px`);
    expect(rule('.node-content')).toContain(`line-height: ${CONTENT_LINE}px`);
    expect(rule('.mission-node')).toContain(`width: ${FLOW_NODE_WIDTH}px`);
    expect(rule('.mission-node')).toContain('border-top: 3px solid');
    expect(rule('.mission-node')).toContain('padding-bottom: 4px');
  });

  it('draws handles of the size and at the place the geometry assumes', () => {
    expect(rule('.graph-canvas .react-flow__handle')).toContain('width: 9px');
    expect(rule('.graph-canvas .react-flow__handle.input-handle')).toContain('top: 11px');
  });
});
