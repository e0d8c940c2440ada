import type { DragEvent } from 'react';
import { NODE_TYPES, type NodeType } from '@mission-studio/core/format';
import { NodeIcon } from './node-icon';
import { NODE_KINDS } from './node-kinds';

/** The drag-and-drop data type a palette button carries: the node type to add. */
export const PALETTE_DRAG_TYPE = 'application/x-mission-studio-node';

/** Whether a string names a node type (what a drop from the palette carries). */
export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}

const startDrag = (type: NodeType) => (event: DragEvent<HTMLButtonElement>) => {
  event.dataTransfer.setData(PALETTE_DRAG_TYPE, type);
  event.dataTransfer.effectAllowed = 'copy';
};

/**
 * A vertical bar with one button per node type (click adds at the view centre, drag adds where dropped), and
 * "Add note" for a sticky note in the middle of the view.
 */
export function Palette({ onAdd, onAddNote, disabled }: { onAdd: (type: NodeType) => void; onAddNote: () => void; disabled: boolean }) {
  return (
    <div className="graph-palette" role="toolbar" aria-label="Palette" aria-orientation="vertical">
      {NODE_TYPES.map((type) => (
        <button
          key={type}
          type="button"
          className="palette-button"
          data-kind={type}
          aria-label={`Add ${type} node`}
          title={`${NODE_KINDS[type].label}: click to add in the middle of the view, or drag onto the canvas`}
          disabled={disabled}
          draggable={!disabled}
          onDragStart={startDrag(type)}
          onClick={() => onAdd(type)}
        >
          <NodeIcon type={type} />
          <span className="palette-label">{NODE_KINDS[type].label}</span>
        </button>
      ))}
      <button
        type="button"
        className="palette-button palette-note"
        aria-label="Add note"
        title="Note: a sticky note for the people editing the mission (the game never shows it)"
        disabled={disabled}
        onClick={onAddNote}
      >
        <span className="node-icon" aria-hidden="true">
          ✎
        </span>
        <span className="palette-label">Note</span>
      </button>
    </div>
  );
}
