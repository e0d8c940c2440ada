import { useStoreApi } from '@xyflow/react';
import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { NOTE_WIDTH } from '@mission-studio/core/edit';
import { NOTE_COLOURS, type MissionNote, type NoteColour } from '@mission-studio/core/format';
import type { Edit } from '@mission-studio/core/edit';
import { NoteWidthGrip } from './note-width-grip';
import { snapToGrid } from './placement';

/** Pointer travel (screen px) below which a press on a note's bar is a click, not a move. */
const MOVE_THRESHOLD = 3;

const nextColour = (c: NoteColour | undefined): NoteColour =>
  NOTE_COLOURS[(NOTE_COLOURS.indexOf(c ?? 'yellow') + 1) % NOTE_COLOURS.length] ?? 'yellow';

// A note's name for screen readers and tests: its first line, or that it is empty.
function noteName(text: string): string {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  return first === '' ? 'Note (empty)' : `Note: ${first.length > 60 ? `${first.slice(0, 59)}…` : first}`;
}

interface StickyNoteProps {
  note: MissionNote;
  editable: boolean;
  editing: boolean;
  setEditing(id: string | null): void;
  edit(edit: Edit): void;
}

/**
 * One sticky note on the canvas: a bar to move it by (and its colour and delete buttons), then its text. The text
 * is plain text, drawn as a React text node, never as HTML. Double-click (or Enter, or "Edit note") edits it in
 * a textarea: Ctrl/Cmd+Enter or leaving it keeps the text (one undo step), Escape drops the change. A move is one
 * `update-note` on release, snapped to the grid; nothing is written while the pointer moves.
 */
export const StickyNote = memo(function StickyNote({ note, editable, editing, setEditing, edit }: StickyNoteProps) {
  const flowStore = useStoreApi();
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);
  const [resizing, setResizing] = useState<number | null>(null);
  const press = useRef<{ x: number; y: number; zoom: number; moved: boolean } | null>(null);
  const cancelled = useRef(false);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!editable || event.button !== 0 || (event.target as HTMLElement).closest('button')) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    press.current = { x: event.clientX, y: event.clientY, zoom: flowStore.getState().transform[2], moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const p = press.current;
    if (!p) return;
    const [dx, dy] = [event.clientX - p.x, event.clientY - p.y];
    if (!p.moved && Math.hypot(dx, dy) < MOVE_THRESHOLD) return;
    p.moved = true;
    setOffset({ x: dx / p.zoom, y: dy / p.zoom });
  };
  const onPointerUp = () => {
    const p = press.current;
    press.current = null;
    if (p?.moved && offset)
      edit({
        kind: 'update-note',
        id: note.id,
        position: { x: snapToGrid(note.position.x + offset.x), y: snapToGrid(note.position.y + offset.y) },
      });
    setOffset(null);
  };

  const commit = (text: string) => {
    setEditing(null);
    if (cancelled.current) cancelled.current = false;
    else if (text !== note.text) edit({ kind: 'update-note', id: note.id, text });
  };
  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation(); // the canvas's and the app's shortcuts (Delete, Escape, Mod+Z) are not for this text
    if (event.key === 'Escape') {
      cancelled.current = true;
      event.currentTarget.blur();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.blur();
  };
  const onNoteKey = (event: KeyboardEvent<HTMLElement>) => {
    if (!editable || event.target !== event.currentTarget) return;
    if (event.key === 'Enter') setEditing(note.id);
    else if (event.key === 'Delete' || event.key === 'Backspace') edit({ kind: 'delete-notes', ids: [note.id] });
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const x = note.position.x + (offset?.x ?? 0);
  const y = note.position.y + (offset?.y ?? 0);
  const colour = note.colour ?? 'yellow';
  const width = note.width ?? NOTE_WIDTH;
  return (
    <section
      className={offset || resizing !== null ? 'sticky-note moving nopan' : 'sticky-note nopan'}
      role="note"
      aria-label={noteName(note.text)}
      data-colour={colour}
      data-note-id={note.id}
      tabIndex={0}
      style={{ transform: `translate(${x}px, ${y}px)`, width: resizing ?? width }}
      onKeyDown={onNoteKey}
      onDoubleClick={() => editable && !editing && setEditing(note.id)}
    >
      <div
        className="sticky-note-bar"
        title={editable ? 'Drag to move the note' : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => ((press.current = null), setOffset(null))}
      >
        <button
          type="button"
          className="sticky-note-button"
          aria-label="Edit note"
          title="Edit the note's text (or double-click it)"
          disabled={!editable}
          onClick={() => setEditing(note.id)}
        >
          ✎
        </button>
        <button
          type="button"
          className="sticky-note-button"
          aria-label={`Note colour: ${colour}`}
          title={`Paper colour: ${colour} (click for ${nextColour(note.colour)})`}
          disabled={!editable}
          onClick={() => edit({ kind: 'update-note', id: note.id, colour: nextColour(note.colour) })}
        >
          ●
        </button>
        <button
          type="button"
          className="sticky-note-button"
          aria-label="Delete note"
          title="Delete the note"
          disabled={!editable}
          onClick={() => edit({ kind: 'delete-notes', ids: [note.id] })}
        >
          ×
        </button>
      </div>
      {editing ? (
        <textarea
          className="sticky-note-text nowheel nodrag"
          aria-label="Note text"
          defaultValue={note.text}
          autoFocus
          rows={Math.max(3, note.text.split('\n').length + 1)}
          maxLength={10000}
          onKeyDown={onTextKey}
          onBlur={(e) => commit(e.currentTarget.value)}
        />
      ) : (
        <div className={note.text === '' ? 'sticky-note-text empty' : 'sticky-note-text'}>
          {note.text === '' ? 'Double-click to write a note' : note.text}
        </div>
      )}
      <NoteWidthGrip
        width={width}
        editable={editable}
        preview={setResizing}
        commit={(next) => edit({ kind: 'update-note', id: note.id, width: next })}
      />
    </section>
  );
});
