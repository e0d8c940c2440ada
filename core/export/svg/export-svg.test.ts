import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../format/load';
import type { Mission, MissionNode } from '../../format/mission.types';
import { outputPorts } from '../../format/ports';
import { edgeLabels } from '../../graph/edge-labels';
import { castNames, contentLine } from '../../graph/node-content';
import { edge, node, smallMission } from '../../test-support/mission-builder';
import { pictureCase } from '../../test-support/picture-missions';
import { exportSvg, MAX_PICTURE_SIDE } from './export-svg';
import { xml } from './svg-markup';

function sample(name: string): Mission {
  const { mission } = loadMission(readFileSync(join(__dirname, '../../../missions', `${name}.mission.json`), 'utf8'));
  if (!mission) throw new Error(`${name} does not load`);
  return mission;
}
const SAMPLES = [sample('second-wave'), sample('tutorial')];

const count = (svg: string, pattern: RegExp): number => svg.match(pattern)?.length ?? 0;
const drawnIds = (svg: string, attribute: string): string[] =>
  [...svg.matchAll(new RegExp(`<g ${attribute}="([^"]*)"`, 'g'))].map((m) => m[1] as string);
/** A node's markup: from its `<g data-node-id>` to the next node's (nodes never nest groups of their own). */
function nodeMarkup(svg: string, id: string): string {
  const start = svg.indexOf(`<g data-node-id="${xml(id)}"`);
  if (start < 0) return '';
  const next = svg.indexOf('<g data-node-id=', start + 1);
  return svg.slice(start, next < 0 ? undefined : next);
}
const svgOf = (mission: Mission, nodeIds?: string[]): string => exportSvg(mission, nodeIds ? { nodeIds } : {}).text;

describe('exportSvg', () => {
  it('draws one data-node-id element per flow node and group, and one data-edge-id per edge, of both samples', () => {
    for (const mission of SAMPLES) {
      const { text, diagnostics } = exportSvg(mission, {});
      expect(diagnostics).toEqual([]);
      expect(drawnIds(text, 'data-node-id').sort()).toEqual(mission.nodes.map((n) => n.id).sort());
      expect(drawnIds(text, 'data-edge-id').sort()).toEqual(mission.edges.map((e) => e.id).sort());
    }
  });

  it('writes every title and port label of both samples, escaped, in its node (the full text as a tooltip when cut)', () => {
    for (const mission of SAMPLES) {
      const svg = svgOf(mission);
      for (const n of mission.nodes) {
        const markup = nodeMarkup(svg, n.id);
        expect(markup, n.id).toContain(xml(n.title));
        for (const port of outputPorts(n)) expect(markup, `${n.id} ${port.id}`).toContain(xml(port.label));
      }
    }
  });

  it('draws one row per output port, and the start of its content, for every node of both samples', () => {
    for (const mission of SAMPLES) {
      const svg = svgOf(mission);
      const names = castNames(mission);
      for (const n of mission.nodes.filter((m) => m.type !== 'group')) {
        const markup = nodeMarkup(svg, n.id);
        expect(count(markup, /<text [^>]*text-anchor="end"/g), n.id).toBe(outputPorts(n).length);
        // The first content row (x="8") is the start of the node's content line, cut to fit.
        const first = markup.match(/<text x="8" [^>]*>([^<]*)<\/text>/)?.[1]?.replace(/…$/, '') ?? '';
        expect(first, n.id).not.toBe('');
        expect(xml(contentLine(n, names).replace(/\s+/g, ' ').trim()).startsWith(first), n.id).toBe(true);
      }
    }
  });

  it('labels the edges the canvas labels (choices, fight results), over the curves', () => {
    const mission = SAMPLES[0] as Mission;
    const svg = svgOf(mission);
    const labelled = [...edgeLabels(mission)].filter(([, label]) => label !== undefined);
    expect(labelled.length).toBeGreaterThan(10);
    for (const [id, label] of labelled) {
      const at = svg.indexOf(`<g data-label-of="${xml(id)}">`);
      expect(at, id).toBeGreaterThan(svg.lastIndexOf('<g data-edge-id='));
      expect(svg.slice(at, svg.indexOf('</g>', at)), id).toContain(`>${xml(label as string)}</text>`);
    }
  });

  it('keeps hostile text as text: escaped, with no script, event attribute, foreign object or outside reference', () => {
    const mission = smallMission();
    mission.meta.title = '</title><script>alert(1)</script>';
    mission.nodes = mission.nodes.map((n) =>
      n.id === 'talk' ? { ...n, title: '<script>alert(1)</script>' } : n.id === 'check' ? { ...n, title: '"><img onerror=x>' } : n,
    );
    const talk = mission.nodes.find((n) => n.id === 'talk') as Extract<MissionNode, { type: 'dialog' }>;
    talk.data.choices[0] = { id: 'ask', text: '<foreignObject><a href="http://x">&</a></foreignObject>' };
    mission.cast[0] = { id: 'quark', name: '<style>@import url(http://x)</style>\u0000\u001b' };
    const svg = svgOf(mission);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;&gt;&lt;img onerror=x&gt;');
    // Every `<` opens one of the picture's own elements; no attribute is an event handler or a link.
    const tags = [...svg.matchAll(/<\/?([a-zA-Z?][\w:-]*)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['?xml', 'svg', 'title', 'rect', 'text', 'g', 'path', 'circle']));
    expect(svg).not.toMatch(/<[^>]*\s(on\w+|href|xlink:href|style)=/i);
    // (The text may mention `url(` or `href=`; as escaped text content it is only ink.)
    expect(svg).not.toMatch(/="[^"]*url\(/);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('draws only the chosen nodes, the frames around them and the edges between them', () => {
    const mission = SAMPLES[0] as Mission;
    const chosen = ['fed-orders', 'arrive-ds9', 'andrews-briefing', 'promenade-hub'];
    const { text } = exportSvg(mission, { nodeIds: chosen });
    expect(drawnIds(text, 'data-node-id').sort()).toEqual([...chosen, 'act-arrival', 'act-promenade'].sort());
    const between = mission.edges.filter((e) => chosen.includes(e.source) && chosen.includes(e.target)).map((e) => e.id);
    expect(between.length).toBeGreaterThan(1);
    expect(drawnIds(text, 'data-edge-id').sort()).toEqual(between.sort());
  });

  it('draws everything inside a chosen act, as a designer means by selecting the act', () => {
    const mission = SAMPLES[0] as Mission;
    const inAct = mission.nodes.filter((n) => n.parentId === 'act-promenade').map((n) => n.id);
    expect(inAct.length).toBeGreaterThan(3);
    expect(drawnIds(exportSvg(mission, { nodeIds: ['act-promenade'] }).text, 'data-node-id').sort()).toEqual(
      ['act-promenade', ...inAct].sort(),
    );
  });

  it('places a node inside nested groups at the sum of their positions, and draws both frames, outer first', () => {
    const mission = smallMission();
    mission.nodes = [
      { ...node('outer', 'group', { width: 900, height: 600 }), position: { x: 1000, y: 500 } },
      { ...node('inner', 'group', { width: 400, height: 300 }, { parentId: 'outer' }), position: { x: 100, y: 50 } },
      { ...node('win', 'end', { outcome: 'success', text: 'Done.' }, { parentId: 'inner' }), position: { x: 20, y: 30 } },
    ];
    mission.edges = [];
    const svg = svgOf(mission, ['win']);
    expect(drawnIds(svg, 'data-node-id')).toEqual(['outer', 'inner', 'win']);
    expect(nodeMarkup(svg, 'win')).toContain('transform="translate(1120 580)"');
    expect(nodeMarkup(svg, 'inner')).toContain('<rect x="1100" y="550" width="400" height="300"');
  });

  it('sizes the picture to its content plus a margin', () => {
    const mission = smallMission();
    mission.nodes = [{ ...node('win', 'end', { outcome: 'success', text: 'Done.' }), position: { x: -500, y: 200 } }];
    mission.edges = [];
    const [, x, y, width, height] = (svgOf(mission).match(/viewBox="(\S+) (\S+) (\S+) (\S+)"/) ?? []).map(Number) as number[];
    expect(x).toBeLessThan(-500);
    expect(y).toBeLessThan(200);
    expect((x as number) + (width as number)).toBeGreaterThan(-300);
    expect((y as number) + (height as number)).toBeGreaterThan(200 + 40);
    expect(width).toBeLessThan(600);
  });

  it('gives an empty mission a small valid picture that says it is empty', () => {
    const mission = { ...smallMission(), nodes: [], edges: [] };
    const { text, diagnostics } = exportSvg(mission, {});
    expect(diagnostics).toEqual([]);
    expect(text).toContain('This mission has no nodes to draw.');
    expect(text).toMatch(/<svg [^>]*width="420" height="110"/);
    expect(svgOf(smallMission(), ['ghost'])).toContain('None of the chosen nodes is in this mission.');
    expect(svgOf(smallMission(), [])).toContain('No nodes are chosen to draw.');
  });

  it('warns about an edge it cannot draw and draws the rest', () => {
    const mission = smallMission();
    mission.edges.push(edge('talk', 'nowhere', 'win'), edge('win', 'next', 'ghost'));
    const { text, diagnostics } = exportSvg(mission, {});
    expect(diagnostics.map((d) => [d.code, d.severity, d.edgeId])).toEqual([
      ['dangling-edge', 'warning', 'talk.nowhere'],
      ['dangling-edge', 'warning', 'win.next'],
    ]);
    expect(diagnostics[0]?.message).toBe("edge 'talk.nowhere' is not in the picture: node 'talk' has no port 'nowhere'");
    expect(drawnIds(text, 'data-edge-id')).toHaveLength(smallMission().edges.length);
  });

  it('refuses a picture past the size limit with an error and no file', () => {
    const mission = smallMission();
    mission.nodes = mission.nodes.map((n) => (n.id === 'win' ? { ...n, position: { x: MAX_PICTURE_SIDE * 2, y: 0 } } : n));
    const { text, diagnostics } = exportSvg(mission, {});
    expect(text).toBe('');
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['export-error', 'error']]);
    expect(diagnostics[0]?.message).toMatch(/^the picture would be 20,000,\d{3} × \d+ px; pictures are limited to 10,000,000 px on a side/);
  });

  it('draws every random valid mission: one node group per drawn node, balanced groups, only its own elements', () => {
    fc.assert(
      fc.property(pictureCase(), ({ mission, nodeIds }) => {
        const { text, diagnostics } = exportSvg(mission, nodeIds ? { nodeIds } : {});
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const byId = new Map(mission.nodes.map((n) => [n.id, n]));
        const wanted = nodeIds?.filter((id) => byId.has(id)) ?? mission.nodes.map((n) => n.id);
        const drawn = new Set(drawnIds(text, 'data-node-id'));
        for (const id of wanted) expect(drawn.has(id)).toBe(true);
        if (!nodeIds) expect(count(text, /<g data-node-id=/g)).toBe(mission.nodes.length);
        expect(count(text, /<g[ >]/g)).toBe(count(text, /<\/g>/g));
        expect(count(text, /<text[ >]/g)).toBe(count(text, /<\/text>/g));
        expect(text).not.toMatch(/<(?!\/?(svg|title|rect|text|g|path|circle)[ >/])(?!\?xml )/);
      }),
      { numRuns: 150 },
    );
  });
});
