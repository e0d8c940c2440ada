import { describe, expect, it } from 'vitest';
import type { MissionNode } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { applyEdit, historyLabels, openDocument, undo } from './history';
import { inlineText, inlineTextEdit } from './inline-text';
import { nodeTemplate } from './node-templates';

const nodeOf = (type: MissionNode['type']) => nodeTemplate(type, 'n', { x: 0, y: 0 });

describe('inlineTextEdit', () => {
  it('renames a node in one undo step named "Edit Title"', () => {
    const mission = smallMission();
    const node = mission.nodes.find((n) => n.type !== 'group')!;
    const doc = applyEdit(openDocument(mission), inlineTextEdit(node, 'title', 'Docking bay')!);
    expect(doc.mission.nodes.find((n) => n.id === node.id)?.title).toBe('Docking bay');
    expect(historyLabels(doc).undo).toBe('Undo Edit Title');
    expect(undo(doc).mission).toEqual(mission);
  });

  it("changes only a dialog's first line, keeping its other lines, speaker and choices", () => {
    const dialog = nodeOf('dialog');
    if (dialog.type !== 'dialog') throw new Error('a dialog template');
    const node = { ...dialog, data: { ...dialog.data, lines: ['one', 'two'] } };
    const edit = inlineTextEdit(node, 'first-line', 'ONE');
    expect(edit).toEqual({
      kind: 'batch',
      label: 'Edit Text',
      edits: [{ kind: 'update-node', id: 'n', data: { ...node.data, lines: ['ONE', 'two'] } }],
    });
  });

  it('gives a narration with no lines its first one', () => {
    const narration = nodeOf('narration');
    if (narration.type !== 'narration') throw new Error('a narration template');
    const node = { ...narration, data: { ...narration.data, lines: [] } };
    const edit = inlineTextEdit(node, 'first-line', 'The station hums.');
    expect(edit?.kind === 'batch' && edit.edits[0]?.kind === 'update-node' && edit.edits[0].data).toMatchObject({
      lines: ['The station hums.'],
    });
  });

  it("edits the text of an objective, an ending and a start, and drops a hub's text when it is cleared", () => {
    for (const type of ['objective', 'end', 'start'] as const) {
      const edit = inlineTextEdit(nodeOf(type), 'first-line', 'New text');
      expect(edit?.kind === 'batch' && edit.edits[0]?.kind === 'update-node' && edit.edits[0].data).toMatchObject({ text: 'New text' });
    }
    const hub = nodeOf('hub');
    const withText = { ...hub, data: { ...hub.data, text: 'Where to?' } } as MissionNode;
    const edit = inlineTextEdit(withText, 'first-line', '');
    expect(edit?.kind === 'batch' && edit.edits[0]?.kind === 'update-node' && 'text' in (edit.edits[0].data ?? {})).toBe(false);
  });

  it('offers no in-place text for expressions and fights, and makes no edit when nothing changed', () => {
    for (const type of ['branch', 'set', 'combat', 'group'] as const) expect(inlineText(nodeOf(type), 'first-line')).toBeNull();
    const node = nodeOf('narration');
    expect(inlineTextEdit(node, 'title', node.title)).toBeNull();
    expect(inlineTextEdit(nodeOf('set'), 'first-line', 'x')).toBeNull();
  });
});
