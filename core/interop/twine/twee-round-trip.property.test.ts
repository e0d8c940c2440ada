// Round trip: mission -> twee -> mission keeps nodes (kind, title, text, position, tags) and edges (from, label,
// the choice's condition, to), for every mission of the node kinds Twine can hold (start, narration, dialog, end)
// fast-check can make.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission, MissionEdge, MissionNode } from '../../format/mission.types';
import { exportTwee } from './export-twee';
import { importTwine } from './import-twine';

// Words as designers write them: letters, digits and plain punctuation, no Twine link or macro syntax.
const sentence = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.!?']{0,30}[A-Za-z0-9.!?]$/);
// Designer tags: one word each, never a word the export writes for the node's kind (those say the kind).
const STRUCTURAL = new Set(['start', 'narration', 'dialog', 'objective', 'hub', 'branch', 'set', 'combat', 'end', 'group', 'failure']);
const tagList = fc.uniqueArray(
  fc.stringMatching(/^[a-z][a-z0-9_.-]{0,12}$/).filter((t) => !STRUCTURAL.has(t)),
  { maxLength: 3 },
);
// Conditions a designer writes on choices, over variables of each type; the export writes them as SugarCube <<if>>.
const condition = fc.option(fc.constantFrom('trusted', 'credits >= 10', '!trusted && credits < 3', 'rank == "captain" || trusted'), {
  nil: undefined,
});
const position = fc.record({ x: fc.integer({ min: -2000, max: 4000 }), y: fc.integer({ min: -2000, max: 4000 }) });

const missionArb = fc
  .record({
    kinds: fc.array(fc.constantFrom('narration', 'dialog', 'end'), { minLength: 1, maxLength: 10 }),
    texts: fc.array(fc.array(sentence, { maxLength: 3 }), { minLength: 12, maxLength: 12 }),
    choices: fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 12, maxLength: 12 }),
    targets: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    positions: fc.array(position, { minLength: 12, maxLength: 12 }),
    titles: fc.uniqueArray(sentence, { minLength: 12, maxLength: 12, selector: (t) => t.toLowerCase() }),
    tags: fc.array(tagList, { minLength: 12, maxLength: 12 }),
    guards: fc.array(condition, { minLength: 36, maxLength: 36 }),
  })
  .map(({ kinds, texts, choices, targets, positions, titles, tags, guards }): Mission => {
    let t = 0;
    const count = kinds.length + 1;
    const pick = (): string => `n${1 + ((targets[t++ % targets.length] as number) % (count - 1))}`;
    const nodes: MissionNode[] = [
      {
        id: 'n0',
        type: 'start',
        title: titles[0] as string,
        position: positions[0] as { x: number; y: number },
        data: { faction: 'any', text: (texts[0] as string[]).join(' ') },
      },
    ];
    const edges: MissionEdge[] = [{ id: 'e0', source: 'n0', sourceHandle: 'next', target: pick() }];
    kinds.forEach((kind, k) => {
      const i = k + 1;
      const nodeTags = tags[i] as string[];
      const base = {
        id: `n${i}`,
        title: titles[i] as string,
        position: positions[i] as { x: number; y: number },
        ...(nodeTags.length > 0 ? { tags: nodeTags } : {}),
      };
      const lines = texts[i] as string[];
      if (kind === 'end') nodes.push({ ...base, type: 'end', data: { outcome: i % 2 ? 'success' : 'failure', text: lines.join(' ') } });
      else if (kind === 'narration') {
        nodes.push({ ...base, type: 'narration', data: { lines } });
        edges.push({ id: `e${edges.length}`, source: base.id, sourceHandle: 'next', target: pick() });
      } else {
        const options = (choices[i] as string[]).map((text, c) => {
          const guard = guards[i * 3 + c];
          return { id: `c${c}`, text, ...(guard === undefined ? {} : { condition: guard }) };
        });
        nodes.push({ ...base, type: 'dialog', data: { speaker: 'narrator', lines, choices: options } });
        for (const o of options) edges.push({ id: `e${edges.length}`, source: base.id, sourceHandle: o.id, target: pick() });
      }
    });
    const variables = [
      { id: 'trusted', type: 'bool' as const, initial: false },
      { id: 'credits', type: 'number' as const, initial: 0 },
      { id: 'rank', type: 'string' as const, initial: '' },
    ];
    return {
      format: 'mission-studio/2',
      meta: { id: 'round', title: 'Round', summary: '', factions: ['player'] },
      variables,
      cast: [{ id: 'narrator', name: 'Narrator' }],
      locations: [],
      units: [],
      nodes,
      edges,
    };
  });

/** What the round trip must keep, in words that do not depend on ids. */
function shape(mission: Mission) {
  const title = new Map(mission.nodes.map((n) => [n.id, n.title]));
  const nodes = mission.nodes
    .map((n) => {
      const text =
        n.type === 'narration' || n.type === 'dialog'
          ? n.data.lines
          : n.type === 'start' || n.type === 'end'
            ? [n.data.text].filter((s) => s !== '')
            : [];
      return {
        type: n.type,
        title: n.title,
        position: n.position,
        text,
        tags: n.tags ?? [],
        ...(n.type === 'end' ? { outcome: n.data.outcome } : {}),
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
  const label = (e: MissionEdge): string => {
    const source = mission.nodes.find((n) => n.id === e.source);
    const choice = source?.type === 'dialog' ? source.data.choices.find((c) => c.id === e.sourceHandle) : undefined;
    return source?.type === 'dialog' ? `${choice?.text ?? '?'}${choice?.condition ? ` if ${choice.condition}` : ''}` : e.sourceHandle;
  };
  const edges = mission.edges.map((e) => `${title.get(e.source)} -[${label(e)}]-> ${title.get(e.target)}`).sort();
  return { nodes, edges };
}

describe('Twee round trip', () => {
  it('keeps nodes, edges, choice conditions, text, titles, positions and tags of any mission Twine can hold', () => {
    fc.assert(
      fc.property(missionArb, (mission) => {
        const twee = exportTwee(mission);
        const back = importTwine(twee.text);
        if (!back.ok) throw new Error(back.message);
        expect(back.diagnostics).toEqual([]);
        expect(shape(back.mission)).toEqual(shape(mission));
      }),
      { numRuns: 150 },
    );
  });
});
