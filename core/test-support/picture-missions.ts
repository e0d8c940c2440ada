// Random valid missions for the picture exports' property tests (core/export/svg and cli/export-png): the
// engine's random flows, dressed with what a picture must survive: hostile and odd text in every title and port
// label, scattered positions, nested group frames, and sometimes a selection.
import fc from 'fast-check';
import { randomMission } from '../engine/test-fixtures';
import type { Mission, MissionNode } from '../format/mission.types';

/** A mission to draw and, when set, the nodes chosen to draw (the app's selection). */
export interface PictureCase {
  mission: Mission;
  nodeIds?: string[];
}

// Text a picture must show as text: markup, quotes, entities, control characters, lone surrogates, emoji.
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'&amp;&#0;]]>",
  '\u0000\u0007\u001b[31m',
  '\uD800 lone',
  '🚀 ok',
  '',
];
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom(...HOSTILE));
const coordinate = fc.integer({ min: -20_000, max: 20_000 });

/** Gives every title, choice, option and case a random text, and moves every node. */
function dress(node: MissionNode, title: string, label: string, at: { x: number; y: number }): MissionNode {
  const dressed = { ...node, title, position: at } as MissionNode;
  if (dressed.type === 'dialog') dressed.data = { ...dressed.data, choices: dressed.data.choices.map((c) => ({ ...c, text: label })) };
  if (dressed.type === 'hub')
    dressed.data = { ...dressed.data, options: dressed.data.options.map((o) => ({ ...o, label })), continue: { label } };
  if (dressed.type === 'narration') dressed.data = { ...dressed.data, lines: [label] };
  return dressed;
}

/** Random picture cases: a random flow of up to 12 nodes, up to 4 groups (nested at random), and a selection half the time. */
export function pictureCase(): fc.Arbitrary<PictureCase> {
  return fc
    .record({
      seed: fc.integer(),
      size: fc.integer({ min: 1, max: 12 }),
      texts: fc.array(text, { minLength: 1, maxLength: 16 }),
      places: fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 1, maxLength: 16 }),
      groups: fc.array(
        fc.record({ width: fc.integer({ min: 1, max: 3000 }), height: fc.integer({ min: 1, max: 2000 }), parent: fc.nat() }),
        { maxLength: 4 },
      ),
      parents: fc.array(fc.nat(), { maxLength: 16 }),
      chosen: fc.option(fc.array(fc.nat(), { maxLength: 8 }), { nil: undefined }),
      title: text,
    })
    .map(({ seed, size, texts, places, groups, parents, chosen, title }) => {
      const base = randomMission(seed, size);
      const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;
      // Group i may sit in an earlier group (parent index below i) or on the top level.
      const frames: MissionNode[] = groups.map((g, i) => {
        const parent = g.parent % (i + 1);
        const frame = {
          id: `g${i}`,
          type: 'group',
          title: pick(texts, i + 3),
          position: pick(places, i + 5),
          data: { width: g.width, height: g.height },
        } as MissionNode;
        return parent < i ? { ...frame, parentId: `g${parent}` } : frame;
      });
      const flow = base.nodes.map((node, i) => {
        const dressed = dress(node, pick(texts, i), pick(texts, i + 1), pick(places, i));
        const parent = parents[i];
        return parent === undefined || frames.length === 0 || parent % 3 === 0
          ? dressed
          : { ...dressed, parentId: `g${parent % frames.length}` };
      });
      const mission: Mission = { ...base, meta: { ...base.meta, title }, nodes: [...frames, ...flow] };
      const nodeIds = chosen?.map((i) => pick(mission.nodes, i).id);
      return nodeIds === undefined ? { mission } : { mission, nodeIds };
    });
}
