import { describe, expect, it } from 'vitest';
import type { Edge, Node } from '@xyflow/react';
import { generateMission } from '@mission-studio/core/test-support';
import { syncFlowEdges, syncFlowNodes } from './flow-model';
import { FLOW_NODE_WIDTH } from './node-geometry';
import {
  absoluteRects,
  boundsOf,
  cullElements,
  cullWindow,
  needsNewWindow,
  sameItems,
  segmentCrosses,
  viewRect,
  type Rect,
} from './view-culling';

const at = (id: string, x: number, y: number, extra: Partial<Node> = {}): Node => ({
  id,
  position: { x, y },
  data: {},
  measured: { width: 100, height: 50 },
  ...extra,
});
const edge = (source: string, target: string): Edge => ({ id: `${source}-${target}`, source, target });
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const never = () => false;
const WINDOW: Rect = { x: 0, y: 0, width: 1000, height: 1000 };

describe('absoluteRects', () => {
  it('places a child by its frame, and a frame inside a frame by both', () => {
    const rects = absoluteRects([
      at('act', 1000, 500, { measured: { width: 800, height: 600 } }),
      at('scene', 100, 50, { parentId: 'act', measured: { width: 400, height: 300 } }),
      at('talk', 20, 30, { parentId: 'scene' }),
    ]);
    expect(rects.get('talk')).toEqual({ x: 1120, y: 580, width: 100, height: 50 });
  });

  it('gives a node no one has measured the size of a flow node', () => {
    const rects = absoluteRects([{ id: 'a', position: { x: 0, y: 0 }, data: {} }]);
    expect(rects.get('a')?.width).toBe(FLOW_NODE_WIDTH);
    expect(rects.get('a')?.height).toBeGreaterThan(0);
  });

  it('survives a parent cycle, which the file format cannot rule out', () => {
    const rects = absoluteRects([at('a', 10, 10, { parentId: 'b' }), at('b', 20, 20, { parentId: 'a' })]);
    expect(rects.size).toBe(2);
  });
});

describe('boundsOf', () => {
  it('spans every drawn node and leaves hidden ones out', () => {
    const nodes = [at('a', -50, 0), at('b', 400, 300), at('gone', 9000, 9000, { hidden: true })];
    expect(boundsOf(nodes)).toEqual({ x: -50, y: 0, width: 550, height: 350 });
  });

  it('spans only the nodes asked for, hidden or not, and is null for none', () => {
    const nodes = [at('a', 0, 0), at('gone', 9000, 9000, { hidden: true })];
    expect(boundsOf(nodes, ['gone'])).toEqual({ x: 9000, y: 9000, width: 100, height: 50 });
    expect(boundsOf(nodes, ['missing'])).toBeNull();
    expect(boundsOf([])).toBeNull();
  });
});

describe('the window around the view', () => {
  it('reads the view from React Flow’s transform and the canvas size', () => {
    expect(viewRect([-200, 100, 0.5], 800, 600)).toEqual({ x: 400, y: -200, width: 1600, height: 1200 });
  });

  it('reaches half a view past the view on every side', () => {
    expect(cullWindow({ x: 0, y: 0, width: 100, height: 80 })).toEqual({ x: -50, y: -40, width: 200, height: 160 });
  });

  it('is kept while the view pans inside it, and renewed once the view leaves it', () => {
    const window = cullWindow({ x: 0, y: 0, width: 100, height: 100 });
    expect(needsNewWindow(window, { x: 40, y: -40, width: 100, height: 100 })).toBe(false);
    expect(needsNewWindow(window, { x: 60, y: 0, width: 100, height: 100 })).toBe(true);
    expect(needsNewWindow(null, { x: 0, y: 0, width: 100, height: 100 })).toBe(true);
  });

  it('is renewed after zooming out past it or zooming far in, not after a small zoom in', () => {
    const window = cullWindow({ x: 0, y: 0, width: 100, height: 100 });
    expect(needsNewWindow(window, { x: -60, y: -60, width: 220, height: 220 })).toBe(true);
    expect(needsNewWindow(window, { x: 25, y: 25, width: 50, height: 50 })).toBe(false);
    expect(needsNewWindow(window, { x: 40, y: 40, width: 20, height: 20 })).toBe(true);
  });
});

describe('segmentCrosses', () => {
  it('tells a line through a rectangle from one that passes by it', () => {
    expect(segmentCrosses({ x: -100, y: 50 }, { x: 200, y: 50 }, { x: 0, y: 0, width: 100, height: 100 })).toBe(true);
    expect(segmentCrosses({ x: -100, y: 150 }, { x: 200, y: 150 }, { x: 0, y: 0, width: 100, height: 100 })).toBe(false);
    expect(segmentCrosses({ x: -100, y: -100 }, { x: 200, y: -20 }, { x: 0, y: 0, width: 100, height: 100 })).toBe(false);
    expect(segmentCrosses({ x: 20, y: 20 }, { x: 30, y: 30 }, { x: 0, y: 0, width: 100, height: 100 })).toBe(true);
  });
});

describe('cullElements', () => {
  it('hands the nodes in the window, and edges only between handed nodes', () => {
    const nodes = [at('in', 100, 100), at('also', 500, 500), at('far', 5000, 5000), at('farther', 6000, 5000)];
    const edges = [edge('in', 'also'), edge('far', 'farther')];
    const culled = cullElements(nodes, edges, WINDOW, never);
    expect(ids(culled.nodes)).toEqual(['in', 'also']);
    expect(ids(culled.edges)).toEqual(['in-also']);
  });

  it('hands the far end of an edge leaving the window, so the edge is drawn to it', () => {
    const nodes = [at('in', 100, 100), at('far', 5000, 5000)];
    const culled = cullElements(nodes, [edge('in', 'far')], WINDOW, never);
    expect(ids(culled.nodes)).toEqual(['in', 'far']);
    expect(ids(culled.edges)).toEqual(['in-far']);
  });

  it('hands both ends of an edge that crosses the window with neither end in it', () => {
    const nodes = [at('west', -5000, 500), at('east', 5000, 500), at('elsewhere', -5000, 5000)];
    const culled = cullElements(nodes, [edge('west', 'east'), edge('west', 'elsewhere')], WINDOW, never);
    expect(ids(culled.nodes)).toEqual(['west', 'east']);
    expect(ids(culled.edges)).toEqual(['west-east']);
  });

  it('hands the frames around a handed node, however far their corner is', () => {
    const nodes = [
      at('act', -9000, -9000, { measured: { width: 100, height: 100 } }),
      at('inner', 0, 0, { parentId: 'act', measured: { width: 100, height: 100 } }),
      at('talk', 9100, 9100, { parentId: 'inner' }),
    ];
    expect(ids(cullElements(nodes, [], WINDOW, never).nodes)).toEqual(['act', 'inner', 'talk']);
  });

  it('keeps the nodes it is asked to keep (the selection) wherever they are', () => {
    const nodes = [at('in', 0, 0), at('picked', 8000, 8000, { selected: true }), at('far', 9000, 9000)];
    const culled = cullElements(nodes, [], WINDOW, (n) => n.selected === true);
    expect(ids(culled.nodes)).toEqual(['in', 'picked']);
  });

  it('hands a selected edge far from the view, with its ends, so a click on the canvas can deselect it', () => {
    const nodes = [at('in', 0, 0), at('a', 8000, 8000), at('b', 9000, 8000)];
    const culled = cullElements(nodes, [{ ...edge('a', 'b'), selected: true }], WINDOW, never);
    expect(ids(culled.nodes)).toEqual(['in', 'a', 'b']);
    expect(ids(culled.edges)).toEqual(['a-b']);
  });

  it('leaves out the nodes hidden in a collapsed act even inside the window', () => {
    const nodes = [at('box', 0, 0), at('inside', 10, 10, { hidden: true })];
    expect(ids(cullElements(nodes, [], WINDOW, never).nodes)).toEqual(['box']);
  });

  it('hands a 5,000-node mission as a screenful around the view, with every handed edge whole', () => {
    const mission = generateMission({ nodes: 5000 });
    const nodes = syncFlowNodes([], { mission, badges: new Map(), selected: new Set(), highlight: null });
    const edges = syncFlowEdges([], { mission, selected: new Set() });
    const window = cullWindow(viewRect([-30_000, 0, 0.5], 1300, 800));
    const culled = cullElements(nodes, edges, window, never);
    expect(culled.nodes.length).toBeGreaterThan(10);
    expect(culled.nodes.length).toBeLessThan(nodes.length / 20);
    const handed = new Set(ids(culled.nodes));
    for (const e of culled.edges) expect([handed.has(e.source), handed.has(e.target)]).toEqual([true, true]);
    // Every edge with an end in the window is handed.
    const rects = absoluteRects(nodes);
    const inWindow = (id: string) => {
      const r = rects.get(id) as Rect;
      return r.x <= window.x + window.width && window.x <= r.x + r.width && r.y <= window.y + window.height && window.y <= r.y + r.height;
    };
    const touching = edges.filter((e) => inWindow(e.source) || inWindow(e.target));
    expect(ids(culled.edges)).toEqual(expect.arrayContaining(ids(touching)));
  });
});

describe('sameItems', () => {
  it('tells a new array of the very same items from one with a changed, missing or moved item', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(sameItems([a, b, c], [a, b, c])).toBe(true);
    expect(sameItems([a, b, c], [a, { id: 'b' }, c])).toBe(false);
    expect(sameItems([a, b, c], [a, b])).toBe(false);
    expect(sameItems([a, b, c], [a, c, b])).toBe(false);
  });
});
