import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyEditWithPatches, openDocument } from '../edit/history';
import type { Edit } from '../edit/edit.types';
import { loadMission } from '../format/load';
import { serializeMission } from '../format/serialize';
import { smallMission } from '../test-support/mission-builder';
import { DocumentProcessor } from './process-document';
import { applyTextChange } from './text-diff';

const text = serializeMission(smallMission());

/** A few edits of the small mission that keep it a mission (and some that give it problems). */
const EDITS: Edit[] = [
  { kind: 'move-nodes', moves: [{ id: 'talk', position: { x: 300, y: 40 } }] },
  { kind: 'delete', nodeIds: ['trust'], edgeIds: [] },
  { kind: 'set-variables', items: [{ id: 'credits', type: 'number', initial: 50 }] },
  { kind: 'update-node', id: 'win', title: 'Quark Talks At Last' },
  { kind: 'connect', edge: { id: 'talk.ask', source: 'talk', sourceHandle: 'ask', target: 'lose' } },
  // A drag changes no finding, only where the findings are in the text: the processor moves them, never re-checks.
  { kind: 'move-nodes', moves: [{ id: 'win', position: { x: -123456.75, y: 9 } }] },
];

describe('DocumentProcessor', () => {
  it("checks an edit's patches into the same text and diagnostics as loading the edited mission from scratch", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EDITS), { minLength: 1, maxLength: 6 }), (edits) => {
        const processor = new DocumentProcessor();
        processor.open(0, text);
        let doc = openDocument(smallMission());
        let shown = text;
        edits.forEach((edit, i) => {
          const step = applyEditWithPatches(doc, edit);
          doc = step.doc;
          if (step.patches.length === 0) return;
          const result = processor.patch(i + 1, step.patches);
          if (result.kind !== 'checked') throw new Error(result.kind);
          const expected = serializeMission(doc.mission);
          expect(result.text).toBe(expected);
          expect(result.diagnostics).toEqual(loadMission(expected).diagnostics);
          // The change turns the text before into the text after, so the source view applies only that.
          shown = result.change ? applyTextChange(shown, result.change) : shown;
          expect(shown).toBe(expected);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("turns typed text that loads into patches that make the page's mission that mission, sharing what did not change", () => {
    const processor = new DocumentProcessor();
    processor.open(0, text);
    const before = loadMission(text).mission!;
    const typed = text.replace('"Quark talks."', '"Quark talks, at length."');
    const result = processor.type(1, typed);
    if (result.kind !== 'parsed') throw new Error(result.kind);
    const after = applyPatches(before, result.patches);
    expect(after).toEqual(loadMission(typed).mission);
    expect(after.variables).toBe(before.variables);
    expect(after.nodes[1]).toBe(before.nodes[1]);
    expect(result.diagnostics).toEqual(loadMission(typed).diagnostics);
  });

  it('gives a draft with the problems of text that does not load, and keeps its mission', () => {
    const processor = new DocumentProcessor();
    processor.open(0, text);
    const result = processor.type(1, `${text.slice(0, 20)} oops`);
    expect(result.kind).toBe('draft');
    expect(result.kind === 'draft' && result.problems[0]?.code).toBe('parse-error');
    expect(processor.current().mission).toEqual(smallMission());
  });

  it('says which revision a change is from, so the page applies it only to that text', () => {
    const processor = new DocumentProcessor();
    processor.open(3, text);
    const first = applyEditWithPatches(openDocument(smallMission()), EDITS[3] as Edit);
    const result = processor.patch(4, first.patches);
    expect(result.kind === 'checked' && result.changeFrom).toBe(3);
    const typed = processor.type(5, result.text.replace('Quark Talks At Last', 'Quark Talks'));
    expect(typed.kind).toBe('parsed');
    const second = processor.patch(6, applyEditWithPatches(first.doc, EDITS[0] as Edit).patches);
    expect(second.kind === 'checked' && second.changeFrom).toBe(5);
  });

  it('opens a file that does not load, and makes a mission of the first text typed that does', () => {
    const processor = new DocumentProcessor();
    expect(processor.open(0, '{ broken').mission).toBeNull();
    const result = processor.type(1, text);
    expect(result.kind === 'parsed' && result.patches).toEqual([{ op: 'replace', path: [], value: smallMission() }]);
  });
});
