import { ViewportPortal } from '@xyflow/react';
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import { addNoteEdit, freeShift, NOTE_WIDTH, occupiedRects, type Edit } from '@mission-studio/core/edit';
import type { Mission, Position } from '@mission-studio/core/format';
import { useServices } from '../app-context';
import { canEdit } from '../state/editor-store';
import { GRID, snapToGrid } from './placement';
import { StickyNote } from './sticky-note';
import './sticky-notes.css';

/** A note's height as placement counts it (its text sets the real one): room for a few lines. */
const NOTE_HEIGHT = 120;

/** The canvas's sticky notes: how to add one at a point, and the layer that draws them over the canvas. */
export interface StickyNotes {
  /** Adds an empty note centred near `point` (flow coordinates), in free space, and opens it for writing. */
  add(point: Position): void;
  /** The notes, drawn in the canvas's viewport (put it inside `<ReactFlow>`). */
  layer: ReactElement | null;
}

/**
 * Sticky-note comments (`notes` in the file): added from the palette or the canvas menu, edited in place,
 * moved and deleted, every change an undoable edit. Drawn in React Flow's viewport, apart from the flow nodes,
 * so they cost the mission's nodes nothing and the engine and checks never see them.
 */
export function useStickyNotes(mission: Mission | null, editable: boolean): StickyNotes {
  const { store, ctx } = useServices();
  const [editing, setEditing] = useState<string | null>(null);
  const edit = useCallback((e: Edit) => store.getState().edit(e), [store]);

  const add = useCallback(
    (point: Position) => {
      const state = store.getState();
      if (!state.doc || !canEdit(state)) return;
      const current = state.doc.mission;
      const asked = { x: snapToGrid(point.x - NOTE_WIDTH / 2), y: snapToGrid(point.y - NOTE_HEIGHT / 2) };
      // Clear of nodes and other notes, like a new node: a note over a node would hide its ports.
      const others = (current.notes ?? []).map((n) => ({ ...n.position, width: n.width ?? NOTE_WIDTH, height: NOTE_HEIGHT }));
      const shift = freeShift(
        [...occupiedRects(current), ...others],
        [{ ...asked, width: NOTE_WIDTH, height: NOTE_HEIGHT }],
        GRID,
        ctx.views.graph?.placementArea(),
      );
      const { edit: added, noteId } = addNoteEdit(current, { x: asked.x + shift.x, y: asked.y + shift.y });
      state.edit(added);
      setEditing(noteId);
    },
    [store, ctx],
  );

  const notes = mission?.notes;
  const layer = useMemo(
    () =>
      notes && notes.length > 0 ? (
        <ViewportPortal>
          <div className="sticky-notes" role="group" aria-label="Notes">
            {notes.map((note) => (
              <StickyNote key={note.id} note={note} editable={editable} editing={editing === note.id} setEditing={setEditing} edit={edit} />
            ))}
          </div>
        </ViewportPortal>
      ) : null,
    [notes, editable, editing, edit],
  );
  return { add, layer };
}
