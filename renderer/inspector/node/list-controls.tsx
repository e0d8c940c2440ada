/** Move up, move down and remove buttons for the item `index` of a list, named for screen readers. */
export function ListControls({
  what,
  index,
  count,
  onMove,
  onRemove,
  minCount = 0,
}: {
  what: string;
  index: number;
  count: number;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
  minCount?: number;
}) {
  const name = `${what} ${index + 1}`;
  return (
    <span className="list-controls">
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button danger"
        aria-label={`Remove ${name}`}
        title="Remove"
        disabled={count <= minCount}
        onClick={() => onRemove(index)}
      >
        ✕
      </button>
    </span>
  );
}

/** The "+ Add …" button under a list; `name` is a fuller accessible name when the list is one of several. */
export function AddButton({ label, name, onClick }: { label: string; name?: string; onClick(): void }) {
  return (
    <button type="button" className="add-button" aria-label={name} onClick={onClick}>
      + {label}
    </button>
  );
}
