import { describe, expect, it } from 'vitest';
import { loadMission } from '../format/load';
import { serializeMission } from '../format/serialize';
import { validateMission } from '../validate/validate-mission';
import { smallMission } from '../test-support/mission-builder';
import { applyEdit, historyLabels, openDocument, undo } from './history';
import schema from '../format/mission.schema.json';
import { addNoteEdit, freshNoteId, NOTE_MAX_WIDTH, NOTE_MIN_WIDTH } from './notes';

describe('sticky notes', () => {
  it('adds a note as one undo step, and undo leaves no empty notes key behind', () => {
    const start = openDocument(smallMission());
    const { edit, noteId } = addNoteEdit(start.mission, { x: 40, y: 60 });
    const added = applyEdit(start, edit);
    expect(added.mission.notes).toEqual([{ id: noteId, text: '', position: { x: 40, y: 60 } }]);
    expect(historyLabels(added).undo).toBe('Undo Add Note');
    expect(undo(added).mission).toEqual(start.mission);
    expect('notes' in undo(added).mission).toBe(false);
  });

  it('edits, moves and recolours a note, each labelled for Undo', () => {
    let doc = applyEdit(openDocument(smallMission()), addNoteEdit(smallMission(), { x: 0, y: 0 }).edit);
    doc = applyEdit(doc, { kind: 'update-note', id: 'note-1', text: 'Ask Vel about <b>the docks</b>' });
    expect(historyLabels(doc).undo).toBe('Undo Edit Note');
    doc = applyEdit(doc, { kind: 'update-note', id: 'note-1', position: { x: 100, y: 20 } });
    expect(historyLabels(doc).undo).toBe('Undo Move Note');
    doc = applyEdit(doc, { kind: 'update-note', id: 'note-1', colour: 'blue', width: 260 });
    expect(doc.mission.notes?.[0]).toEqual({
      id: 'note-1',
      text: 'Ask Vel about <b>the docks</b>',
      position: { x: 100, y: 20 },
      width: 260,
      colour: 'blue',
    });
  });

  it('deletes the last note and removes the notes key, as in a file that never had one', () => {
    let doc = applyEdit(openDocument(smallMission()), addNoteEdit(smallMission(), { x: 0, y: 0 }).edit);
    doc = applyEdit(doc, { kind: 'delete-notes', ids: ['note-1'] });
    expect(doc.mission).toEqual(smallMission());
    expect(historyLabels(doc).undo).toBe('Undo Delete Note');
  });

  it("keeps a resized note's width inside the schema's bounds, so the file still loads", () => {
    const bounds = schema.definitions.note.properties.width;
    expect([NOTE_MIN_WIDTH, NOTE_MAX_WIDTH]).toEqual([bounds.minimum, bounds.maximum]);
    let doc = applyEdit(openDocument(smallMission()), addNoteEdit(smallMission(), { x: 0, y: 0 }).edit);
    const widths: Array<[number, number]> = [
      [40, NOTE_MIN_WIDTH],
      [99_999, NOTE_MAX_WIDTH],
      [333.4, 333],
      [Number.NaN, 200],
    ];
    for (const [asked, kept] of widths) {
      doc = applyEdit(doc, { kind: 'update-note', id: 'note-1', width: asked });
      expect(doc.mission.notes?.[0]?.width).toBe(kept);
      expect(loadMission(serializeMission(doc.mission)).mission).not.toBeNull();
    }
  });

  it('changes nothing when an update names a note that is gone', () => {
    const doc = openDocument(smallMission());
    expect(applyEdit(doc, { kind: 'update-note', id: 'nope', text: 'x' }).mission).toEqual(doc.mission);
  });

  it('gives each new note an id no other note has', () => {
    const mission = {
      ...smallMission(),
      notes: [
        { id: 'note-1', text: '', position: { x: 0, y: 0 } },
        { id: 'note-3', text: '', position: { x: 0, y: 0 } },
      ],
    };
    expect(freshNoteId(mission)).toBe('note-2');
  });

  it('saves notes in the file, loads them back, and the checks find nothing new because of them', () => {
    const plain = smallMission();
    const noted = {
      ...plain,
      notes: [{ id: 'note-1', text: 'Pacing: too long?\nCut a line.', position: { x: 10, y: 20 }, colour: 'pink' as const }],
    };
    const loaded = loadMission(serializeMission(noted));
    expect(loaded.mission?.notes).toEqual(noted.notes);
    expect(validateMission(noted)).toEqual(validateMission(plain));
  });

  it('refuses a note the schema does not allow, naming where it is', () => {
    const text = serializeMission({
      ...smallMission(),
      notes: [{ id: 'note-1', text: 'x', position: { x: 0, y: 0 }, colour: 'red' as never }],
    });
    const result = loadMission(text);
    expect(result.mission).toBeNull();
    expect(result.diagnostics[0]?.path).toContain('/notes/0/colour');
  });
});
