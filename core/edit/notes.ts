import type { Draft } from 'immer';
import type { Mission, MissionNote, Position } from '../format/mission.types';
import type { Edit } from './edit.types';

/** A note's width when it has none of its own, in canvas pixels (the schema says the same). */
export const NOTE_WIDTH = 200;

/** The narrowest and the widest a note may be, in canvas pixels (the schema's bounds for `width`). */
export const NOTE_MIN_WIDTH = 120;
export const NOTE_MAX_WIDTH = 1200;

/** A width a note may have: rounded, and inside the schema's bounds (a note that cannot be saved helps no one). */
export function noteWidth(width: number): number {
  if (!Number.isFinite(width)) return NOTE_WIDTH;
  return Math.min(NOTE_MAX_WIDTH, Math.max(NOTE_MIN_WIDTH, Math.round(width)));
}

/** The edits that change sticky notes (`notes` in the file), each one undo step. */
export type NoteEdit = Extract<Edit, { kind: 'add-note' | 'update-note' | 'delete-notes' }>;

/** An id no note of `mission` has yet: `note-1`, `note-2`, ... */
export function freshNoteId(mission: Mission): string {
  const taken = new Set((mission.notes ?? []).map((n) => n.id));
  for (let i = 1; ; i++) if (!taken.has(`note-${i}`)) return `note-${i}`;
}

/** The edit that adds an empty yellow note with its top-left corner at `position` (snapped by the caller). */
export function addNoteEdit(mission: Mission, position: Position): { edit: NoteEdit; noteId: string } {
  const noteId = freshNoteId(mission);
  return { edit: { kind: 'add-note', note: { id: noteId, text: '', position: { x: position.x, y: position.y } } }, noteId };
}

/** Applies a note edit to a draft. An update or delete naming a note that is gone changes nothing. */
export function applyNoteEdit(draft: Draft<Mission>, edit: NoteEdit): void {
  switch (edit.kind) {
    case 'add-note':
      // Ids stay unique: a second add with a taken id (a replayed edit) is ignored rather than duplicating it.
      if (draft.notes?.some((n) => n.id === edit.note.id)) return;
      (draft.notes ??= []).push(edit.note as Draft<MissionNote>);
      return;
    case 'update-note': {
      const note = draft.notes?.find((n) => n.id === edit.id);
      if (!note) return;
      if (edit.text !== undefined) note.text = edit.text;
      if (edit.position !== undefined) note.position = { x: edit.position.x, y: edit.position.y };
      if (edit.width !== undefined) note.width = noteWidth(edit.width);
      if (edit.colour !== undefined) note.colour = edit.colour;
      return;
    }
    case 'delete-notes': {
      if (!draft.notes) return;
      const gone = new Set(edit.ids);
      draft.notes = draft.notes.filter((n) => !gone.has(n.id));
      // The file has no `notes` key when there are none, as before notes existed.
      if (draft.notes.length === 0) delete draft.notes;
      return;
    }
  }
}

/** The Undo label of a note edit ("Move Note", "Delete 2 Notes"). */
export function noteEditLabel(edit: NoteEdit): string {
  switch (edit.kind) {
    case 'add-note':
      return 'Add Note';
    case 'update-note':
      return edit.text === undefined && edit.colour === undefined && edit.width === undefined ? 'Move Note' : 'Edit Note';
    case 'delete-notes':
      return edit.ids.length === 1 ? 'Delete Note' : `Delete ${edit.ids.length} Notes`;
  }
}
