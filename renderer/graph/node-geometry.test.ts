import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { handlePlaces, type HandlePlace } from '@mission-studio/core/graph';
import { CONTENT_LINE, FLOW_NODE_WIDTH, flowNodeHandles, PORT_ROW, portHandleStyle, portHandleTop, TITLE_ROW } from './node-geometry';

describe('portHandleStyle', () => {
  it('hands out one shared style object per place', () => {
    expect(portHandleStyle(2, 1)).toBe(portHandleStyle(2, 1));
    expect(portHandleStyle(2, 1)).toEqual({ top: portHandleTop(2, 1) });
    expect(portHandleStyle(2, 0)).not.toBe(portHandleStyle(2, 1));
  });
});

describe('flowNodeHandles', () => {
  it('hands React Flow the places core computes, with the input on the left and the ports on the right', () => {
    const handles = flowNodeHandles(true, ['a', 'b'], 1);
    expect(handles.map((h) => [h.id, h.type, h.position])).toEqual([
      [null, 'target', Position.Left],
      ['a', 'source', Position.Right],
      ['b', 'source', Position.Right],
    ]);
    handles.forEach((h, i) => {
      const { side: _side, ...place } = handlePlaces(true, ['a', 'b'], 1)[i] as HandlePlace;
      expect(h).toEqual({ ...place, position: h.position });
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
