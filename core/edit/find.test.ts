import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import type { Mission, MissionNode } from '../format/mission.types';
import { node, smallMission } from '../test-support/mission-builder';
import { findInMission, replaceAllMatches, replaceInText, replaceMatch, textFields } from './find';
import { applyEdit, historyLabels, openDocument, undo } from './history';
import { setAtPointer } from './pointer';

const base = secondWave as unknown as Mission;

/** Reads a field of a node by the JSON pointer a match gives. */
function fieldAt(n: MissionNode, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], n);
}

describe('findInMission', () => {
  it('finds a word in titles, lines and choices, ignoring case', () => {
    const mission = {
      nodes: [
        node(
          'a',
          'dialog',
          { speaker: 'quark', lines: ['Nothing here.', 'The LATINUM is gone.'], choices: [{ id: 'pay', text: 'Offer latinum' }] },
          { title: 'Latinum talk' },
        ),
        node('b', 'narration', { lines: ['No match.'] }),
      ],
    };
    expect(findInMission(mission, 'latinum').map((m) => [m.nodeId, m.path, m.field])).toEqual([
      ['a', '/title', 'title'],
      ['a', '/data/lines/1', 'line 2'],
      ['a', '/data/choices/0/text', 'choice "pay"'],
    ]);
  });

  it('finds the texts of starts, objectives, ends, hub options and the hub continue label', () => {
    const mission = {
      nodes: [
        node('s', 'start', { faction: 'any', text: 'Dock at the station.' }),
        node('o', 'objective', { kind: 'goto', text: 'Reach the station.' }),
        node('e', 'end', { outcome: 'success', text: 'The station holds.' }),
        node('h', 'hub', {
          text: 'The station bustles.',
          options: [{ id: 'bar', label: 'Station bar' }],
          continue: { label: 'Leave the station' },
        }),
      ],
    };
    expect(findInMission(mission, 'STATION').map((m) => `${m.nodeId}${m.path}`)).toEqual([
      's/data/text',
      'o/data/text',
      'e/data/text',
      'h/data/text',
      'h/data/options/0/label',
      'h/data/continue/label',
    ]);
  });

  it('does not search conditions, effects or ids', () => {
    expect(findInMission(smallMission(), 'credits')).toEqual([]);
    expect(findInMission(smallMission(), 'bribe')).toEqual([]);
  });

  it('finds nothing for a blank query', () => {
    expect(findInMission(base, '')).toEqual([]);
    expect(findInMission(base, '   ')).toEqual([]);
  });

  it('treats the query as plain text, not a pattern', () => {
    const mission = { nodes: [node('a', 'narration', { lines: ['Costs 5 (five) bars.', 'Costs 55 bars.'] })] };
    expect(findInMission(mission, '(five)').map((m) => m.path)).toEqual(['/data/lines/0']);
    expect(findInMission(mission, '5.')).toEqual([]);
  });

  it('cuts a long field around the occurrence and points at it in the excerpt', () => {
    const text = `${'a'.repeat(100)}Trem${'b'.repeat(100)}`;
    const [match] = findInMission({ nodes: [node('a', 'narration', { lines: [text] })] }, 'trem');
    expect(match?.excerpt.startsWith('…')).toBe(true);
    expect(match?.excerpt.endsWith('…')).toBe(true);
    expect(match?.excerpt.slice(match.at, match.at + match.length)).toBe('Trem');
  });

  it('finds Admiral Trem in the reference mission', () => {
    const matches = findInMission(base, 'Trem');
    expect(new Set(matches.map((m) => m.nodeId)).size).toBeGreaterThan(2);
  });

  it('finds every piece of every matched field and only fields that contain the query', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...base.nodes),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 12 }),
        fc.boolean(),
        (n, fieldPick, startPick, lengthPick, upper) => {
          const all = textFields(n).filter((f) => f.text.trim() !== '');
          fc.pre(all.length > 0);
          const chosen = all[fieldPick % all.length]!;
          const text = chosen.text;
          expect(fieldAt(n, chosen.path)).toBe(text);
          const start = startPick % text.length;
          const piece = text.slice(start, start + 1 + lengthPick);
          fc.pre(piece.trim() !== '');
          const query = upper ? piece.toUpperCase() : piece.toLowerCase();
          const matches = findInMission(base, query);
          expect(matches.some((m) => m.nodeId === n.id && m.path === chosen.path)).toBe(true);
          for (const m of matches) {
            const owner = base.nodes.find((x) => x.id === m.nodeId)!;
            expect(String(fieldAt(owner, m.path)).toLowerCase()).toContain(query.toLowerCase());
            expect(m.excerpt.slice(m.at, m.at + m.length).toLowerCase()).toBe(query.toLowerCase());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('replaceInText', () => {
  it('replaces the first occurrence, or all with `all`, ignoring case and taking the replacement literally', () => {
    expect(replaceInText('Wave after wave', 'WAVE', 'surge', false)).toBe('surge after wave');
    expect(replaceInText('Wave after wave', 'wave', 'surge', true)).toBe('surge after surge');
    expect(replaceInText('a.b (c)', '(c)', '$& $1', true)).toBe('a.b $& $1');
    expect(replaceInText('abc', '', 'x', true)).toBe('abc');
  });
});

describe('replaceMatch', () => {
  const mission = {
    nodes: [
      node(
        'a',
        'dialog',
        { speaker: 'q', lines: ['Latinum, more latinum.'], choices: [{ id: 'pay', text: 'Pay latinum', condition: 'latinum > 0' }] },
        { title: 'Latinum' },
      ),
    ],
  };

  it("replaces the first occurrence in the current match's field only", () => {
    const edit = replaceMatch(mission, { nodeId: 'a', path: '/data/lines/0' }, 'latinum', 'gold');
    expect(edit).toEqual({ kind: 'replace-text', changes: [{ nodeId: 'a', path: '/data/lines/0', text: 'gold, more latinum.' }] });
  });

  it('gives nothing for a field that no longer holds the query, a missing node or a blank query', () => {
    expect(replaceMatch(mission, { nodeId: 'a', path: '/data/lines/0' }, 'bars', 'x')).toBeNull();
    expect(replaceMatch(mission, { nodeId: 'b', path: '/title' }, 'latinum', 'x')).toBeNull();
    expect(replaceMatch(mission, { nodeId: 'a', path: '/title' }, ' ', 'x')).toBeNull();
  });
});

describe('replaceAllMatches', () => {
  it('replaces in every text field as one undo step, and never in ids or expressions', () => {
    const start = openDocument(smallMission());
    const edit = replaceAllMatches(start.mission, 'Quark', 'Morn');
    const doc = applyEdit(start, edit!);
    expect(findInMission(doc.mission, 'quark')).toEqual([]);
    expect(findInMission(doc.mission, 'Morn').map((m) => `${m.nodeId}${m.path}`)).toEqual(['win/data/text', 'lose/data/text']);
    expect(doc.mission.nodes.find((n) => n.id === 'talk')?.data).toMatchObject({ speaker: 'quark' });
    expect(historyLabels(doc).undo).toBe('Undo Replace in 2 Fields');
    expect(undo(doc).mission).toEqual(start.mission);
    expect(replaceAllMatches(start.mission, 'credits', 'gold')).toBeNull();
  });

  it('leaves no occurrence of the query in the reference mission, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom('Trem', 'the', 'Dominion', 'a', 'station'), (query) => {
        const doc = applyEdit(openDocument(base), replaceAllMatches(base, query, '#')!);
        expect(findInMission(doc.mission, query)).toEqual([]);
        expect(doc.mission.edges).toBe(base.edges);
        // Put each text field back: what is left must be the node as it was.
        doc.mission.nodes.forEach((after, i) => {
          const restored = structuredClone(after);
          for (const field of textFields(base.nodes[i]!)) setAtPointer(restored, field.path, field.text);
          expect(restored).toEqual(base.nodes[i]);
        });
      }),
      { numRuns: 5 },
    );
  });
});

describe('the replace-text edit', () => {
  it('writes only the text fields find searches: an id, a speaker or a condition is left alone', () => {
    const start = openDocument(smallMission());
    const edit = {
      kind: 'replace-text' as const,
      changes: [
        { nodeId: 'talk', path: '/id', text: 'x' },
        { nodeId: 'talk', path: '/data/speaker', text: 'x' },
        { nodeId: 'talk', path: '/data/choices/1/condition', text: 'x' },
        { nodeId: 'nobody', path: '/title', text: 'x' },
      ],
    };
    expect(applyEdit(start, edit)).toBe(start);
  });
});
