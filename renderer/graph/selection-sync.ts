/** A React Flow selection change: an element became selected or unselected. */
export interface SelectChange {
  id: string;
  selected: boolean;
}

/**
 * The selected ids after React Flow's select changes, in a stable order (kept ones first, then new ones), or
 * null when the changes leave the selection as it was (so the store is not told about a non-change).
 */
export function nextSelection(current: readonly string[], changes: readonly SelectChange[]): string[] | null {
  const selected = new Set(current);
  let changed = false;
  for (const change of changes) {
    if (change.selected === selected.has(change.id)) continue;
    changed = true;
    if (change.selected) selected.add(change.id);
    else selected.delete(change.id);
  }
  return changed ? [...selected] : null;
}
