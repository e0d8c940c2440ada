import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import { applyEdit, openDocument, undo } from '@mission-studio/core/edit';
import type { Mission, MissionNode } from '@mission-studio/core/format';
import { generateMission } from '@mission-studio/core/test-support';
import { smallMission } from '@mission-studio/core/test-support';
import { buildElkGraph, estimateNodeSize, GROUP_PADDING, LARGE_MISSION, layoutEditFrom, layoutOptions } from './elk-graph';

const base = secondWave as unknown as Mission;
// ELK's own build for Node (no worker): the same algorithm the app runs in its Web Worker.
const elk = new ELK();

async function laidOut(mission: Mission): Promise<Mission> {
  const edit = layoutEditFrom(await elk.layout(buildElkGraph(mission)));
  return applyEdit(openDocument(mission), edit).mission;
}

type Box = { id: string; x: number; y: number; width: number; height: number };
const boxOf = (n: MissionNode): Box => ({ id: n.id, ...n.position, ...(n.type === 'group' ? n.data : estimateNodeSize(n)) });
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('buildElkGraph', () => {
  it("nests each group's children inside it and gives each flow node one input and its output ports in order", () => {
    const graph = buildElkGraph(base);
    const promenade = graph.children?.find((c) => c.id === 'act-promenade');
    expect(promenade?.children?.map((c) => c.id)).toEqual(base.nodes.filter((n) => n.parentId === 'act-promenade').map((n) => n.id));
    const hub = promenade?.children?.find((c) => c.id === 'promenade-hub');
    const hubNode = base.nodes.find((n) => n.id === 'promenade-hub');
    expect(hubNode?.type).toBe('hub');
    if (hubNode?.type !== 'hub') return;
    expect(hub?.ports?.map((p) => [p.id, p.layoutOptions?.['elk.port.side'], p.layoutOptions?.['elk.port.index']])).toEqual([
      ['promenade-hub#in', 'WEST', '0'],
      ...[...hubNode.data.options.map((o) => o.id), 'continue'].map((id, i) => [`promenade-hub#out#${id}`, 'EAST', String(i + 1)]),
    ]);
  });

  it('puts an edge inside a group when both ends are in it, and at the top when it crosses groups', () => {
    const graph = buildElkGraph(base);
    const inside = base.edges.filter((e) => {
      const parent = (id: string) => base.nodes.find((n) => n.id === id)?.parentId;
      return parent(e.source) !== undefined && parent(e.source) === parent(e.target);
    });
    const nested = (graph.children ?? []).reduce((sum, g) => sum + (g.edges?.length ?? 0), 0);
    expect(nested).toBe(inside.length);
    expect((graph.edges?.length ?? 0) + nested).toBe(base.edges.length);
  });

  it('lays out groups in one hierarchical run, and a mission without groups flat', () => {
    expect(buildElkGraph(base).layoutOptions?.['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
    expect(buildElkGraph(generateMission({ nodes: 40 })).layoutOptions?.['elk.hierarchyHandling']).toBeUndefined();
  });

  it('trades polish for speed past LARGE_MISSION nodes', () => {
    expect(layoutOptions(LARGE_MISSION)['elk.layered.nodePlacement.strategy']).toBe('NETWORK_SIMPLEX');
    expect(layoutOptions(LARGE_MISSION + 1)['elk.layered.nodePlacement.strategy']).toBe('BRANDES_KOEPF');
  });

  it('lays out a node with a missing or looping parent at the top level', () => {
    const mission = smallMission();
    const nodes = mission.nodes.map((n) =>
      n.id === 'start' ? { ...n, parentId: 'nowhere' } : n.id === 'act' ? { ...n, parentId: 'loop' } : n,
    );
    nodes.push({ id: 'loop', type: 'group', title: 'Loop', position: { x: 0, y: 0 }, parentId: 'act', data: { width: 10, height: 10 } });
    const top = buildElkGraph({ ...mission, nodes }).children?.map((c) => c.id);
    expect(top).toContain('start');
    expect(top).toContain('act');
    expect(top).toContain('loop');
  });
});

describe('layoutEditFrom', () => {
  it('lays out Second Wave with no overlapping siblings and every child inside its group', async () => {
    const after = await laidOut(base);
    const groups = after.nodes.filter((n) => n.type === 'group');
    for (const parent of [undefined, ...groups.map((g) => g.id)]) {
      const siblings = after.nodes.filter((n) => n.parentId === parent).map(boxOf);
      for (const a of siblings) for (const b of siblings) if (a.id < b.id) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    }
    for (const group of groups.map(boxOf)) {
      for (const child of after.nodes.filter((n) => n.parentId === group.id).map(boxOf)) {
        expect(child.x).toBeGreaterThanOrEqual(GROUP_PADDING.left);
        expect(child.y).toBeGreaterThanOrEqual(GROUP_PADDING.top);
        expect(child.x + child.width).toBeLessThanOrEqual(group.width);
        expect(child.y + child.height).toBeLessThanOrEqual(group.height);
      }
    }
  });

  it("places Second Wave's acts left to right in story order", async () => {
    const after = await laidOut(base);
    const acts = after.nodes.filter((n) => n.type === 'group').map((n) => n.position.x);
    expect(acts).toEqual([...acts].sort((a, b) => a - b));
  });

  it('places the Promenade hub left of the side scenes that lead back to it', async () => {
    const after = await laidOut(base);
    const x = (id: string) => after.nodes.find((n) => n.id === id)!.position.x;
    for (const scene of ['skyl-quarks', 'surah-greeting', 'shon-holosuite', 'staass-promenade'])
      expect(x('promenade-hub')).toBeLessThan(x(scene));
  });

  it('moves every node of a mission that had no positions, and undo puts them back', async () => {
    const mission = generateMission({ nodes: 60 });
    const flat = { ...mission, nodes: mission.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
    const edit = layoutEditFrom(await elk.layout(buildElkGraph(flat)));
    expect(edit.moves.map((m) => m.id).sort()).toEqual(flat.nodes.map((n) => n.id).sort());
    const doc = applyEdit(openDocument(flat), edit);
    expect(new Set(doc.mission.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(flat.nodes.length);
    expect(doc.history.past).toHaveLength(1);
    expect(undo(doc).mission).toEqual(flat);
  });

  it('gives the same layout for the same mission', async () => {
    const first = layoutEditFrom(await elk.layout(buildElkGraph(base)));
    const second = layoutEditFrom(await elk.layout(buildElkGraph(base)));
    expect(second).toEqual(first);
  });
});
