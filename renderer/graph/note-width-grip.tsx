import { useStoreApi } from '@xyflow/react';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { NOTE_MAX_WIDTH, NOTE_MIN_WIDTH, noteWidth } from '@mission-studio/core/edit';
import { GRID, snapToGrid } from './placement';

interface NoteWidthGripProps {
  /** The note's width now, in canvas pixels. */
  width: number;
  editable: boolean;
  /** While the grip is dragged: the width to draw (null once it is let go). */
  preview(width: number | null): void;
  /** The width to keep: one undo step. */
  commit(width: number): void;
}

/**
 * The right edge of a sticky note, to make it wider or narrower: dragged with the pointer (the note follows, and
 * the width is written once, on release, snapped to the grid), or focused and moved with the arrow keys a grid
 * step at a time. A window splitter in ARIA's terms: a focusable separator with its value.
 */
export function NoteWidthGrip({ width, editable, preview, commit }: NoteWidthGripProps) {
  const flowStore = useStoreApi();
  const press = useRef<{ x: number; zoom: number; width: number | null } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!editable || event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    press.current = { x: event.clientX, zoom: flowStore.getState().transform[2], width: null };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const p = press.current;
    if (!p) return;
    p.width = noteWidth(width + (event.clientX - p.x) / p.zoom);
    preview(p.width);
  };
  const onPointerUp = () => {
    const p = press.current;
    press.current = null;
    preview(null);
    if (p?.width != null) {
      const snapped = noteWidth(snapToGrid(p.width));
      if (snapped !== width) commit(snapped);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? GRID : event.key === 'ArrowLeft' ? -GRID : 0;
    if (!editable || step === 0) return;
    // Arrow keys also nudge the selected nodes: these are for this note only.
    event.preventDefault();
    event.stopPropagation();
    const next = noteWidth(width + step);
    if (next !== width) commit(next);
  };

  return (
    <div
      className="sticky-note-grip"
      role="separator"
      aria-orientation="vertical"
      aria-label="Note width"
      aria-valuenow={width}
      aria-valuemin={NOTE_MIN_WIDTH}
      aria-valuemax={NOTE_MAX_WIDTH}
      aria-disabled={!editable}
      tabIndex={editable ? 0 : -1}
      title={editable ? "Drag to change the note's width (or focus it and press ← →)" : undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => ((press.current = null), preview(null))}
      onKeyDown={onKeyDown}
    />
  );
}
