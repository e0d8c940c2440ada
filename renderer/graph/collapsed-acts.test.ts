import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import type { Mission } from '@mission-studio/core/format';
import { ACT_IN, ACT_OUT, actsHiding, COLLAPSED_ACT, collapseActs } from './collapsed-acts';
import { syncFlowEdges, syncFlowNodes, type MissionFlowNode } from './flow-model';

const SECOND_WAVE = secondWave as unknown as Mission;
const NONE = new Set<string>();
const nodes = syncFlowNodes([], { mission: SECOND_WAVE, badges: new Map(), selected: NONE, highlight: null });
const edges = syncFlowEdges([], { mission: SECOND_WAVE, selected: NONE });
const insideAct = (act: string) => new Set(SECOND_WAVE.nodes.filter((n) => n.parentId === act).map((n) => n.id));

describe('collapseActs', () => {
  it('hands back the very same nodes and edges when no act is collapsed, so the canvas pays nothing', () => {
    const view = collapseActs(nodes, edges, NONE);
    expect(view.nodes).toBe(nodes);
    expect(view.edges).toBe(edges);
  });

  it('hides the nodes of a collapsed act and draws the act as one box with a way in and a way out', () => {
    const view = collapseActs(nodes, edges, new Set(['act-conference']));
    const inside = insideAct('act-conference');
    for (const n of view.nodes) expect([n.id, n.hidden ?? false]).toEqual([n.id, inside.has(n.id)]);
    const box = view.nodes.find((n) => n.id === 'act-conference');
    expect(box?.measured).toEqual(COLLAPSED_ACT);
    expect(box?.handles?.map((h) => h.id)).toEqual([ACT_IN, ACT_OUT]);
    // The other nodes keep their objects: React Flow skips them.
    const untouched = nodes.filter((n) => n.id !== 'act-conference' && !inside.has(n.id));
    for (const n of untouched) expect(view.nodes).toContain(n);
  });

  it('draws every edge into or out of the act to its box, and none of the edges inside it', () => {
    const inside = insideAct('act-conference');
    const view = collapseActs(nodes, edges, new Set(['act-conference']));
    for (const e of view.edges) {
      expect(inside.has(e.source)).toBe(false);
      expect(inside.has(e.target)).toBe(false);
    }
    const crossing = edges.filter((e) => inside.has(e.source) !== inside.has(e.target));
    expect(crossing.length).toBeGreaterThan(0);
    const toBox = view.edges.filter((e) => e.target === 'act-conference');
    const fromBox = view.edges.filter((e) => e.source === 'act-conference');
    expect(toBox.every((e) => e.targetHandle === ACT_IN)).toBe(true);
    // Out of a box an edge is a way out, not a choice: no port label, only a count when several share it.
    expect(fromBox.every((e) => e.sourceHandle === ACT_OUT && (e.label === undefined || /^\d+ ways$/.test(String(e.label))))).toBe(true);
    // Every way through is still drawn: each crossing edge's outside end meets the box.
    for (const e of crossing) {
      const outside = inside.has(e.source) ? e.target : e.source;
      expect(
        view.edges.some(
          (v) => (v.source === outside && v.target === 'act-conference') || (v.target === outside && v.source === 'act-conference'),
        ),
      ).toBe(true);
    }
    const summary = view.summaries.get('act-conference');
    expect(summary).toEqual({
      nodes: inside.size,
      waysIn: crossing.filter((e) => inside.has(e.target)).length,
      waysOut: crossing.filter((e) => inside.has(e.source)).length,
    });
  });

  it('draws one edge for several ways between the same two places, labelled with how many', () => {
    const inside = insideAct('act-ambush');
    const view = collapseActs(nodes, edges, new Set(['act-ambush', 'act-space']));
    const ids = view.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const between = edges.filter((e) => inside.has(e.source) && insideAct('act-space').has(e.target));
    const drawn = view.edges.filter((e) => e.source === 'act-ambush' && e.target === 'act-space');
    expect(drawn).toHaveLength(between.length > 0 ? 1 : 0);
    if (between.length > 1) expect(drawn[0]?.label).toBe(`${between.length} ways`);
  });

  it('expanding again gives back the drawing it started from', () => {
    const collapsed = collapseActs(nodes, edges, new Set(['act-promenade']));
    expect(collapsed.nodes).not.toBe(nodes);
    const open = collapseActs(nodes, edges, NONE);
    expect(open.nodes).toBe(nodes);
    expect(open.edges).toBe(edges);
  });
});

describe('actsHiding', () => {
  it('names the collapsed act around a node, so revealing the node can expand it first', () => {
    expect(actsHiding(nodes, 'conference-open', new Set(['act-conference', 'act-space']))).toEqual(['act-conference']);
  });

  it('names nothing for a node whose act is open, or for a collapsed act itself (its box is on show)', () => {
    expect(actsHiding(nodes, 'conference-open', new Set(['act-space']))).toEqual([]);
    expect(actsHiding(nodes, 'act-conference', new Set(['act-conference']))).toEqual([]);
    expect(actsHiding(nodes, 'conference-open', NONE)).toEqual([]);
  });

  it('names every collapsed act around a node in nested acts, innermost first', () => {
    const nested = [{ id: 'outer' }, { id: 'inner', parentId: 'outer' }, { id: 'scene', parentId: 'inner' }] as MissionFlowNode[];
    expect(actsHiding(nested, 'scene', new Set(['outer', 'inner']))).toEqual(['inner', 'outer']);
    expect(actsHiding(nested, 'scene', new Set(['outer']))).toEqual(['outer']);
  });
});
