import type { Mission } from '@mission-studio/core/format';

/**
 * The selected ids after the mission changed, following nodes that were renamed (an undone or redone rename,
 * or a rename typed in the source): a selected id that vanished while a new id took its place in the node
 * list is swapped for the new id. Returns null when nothing needs to change.
 */
export function followRenames(prev: Mission, next: Mission, selected: readonly string[]): string[] | null {
  if (selected.length === 0 || prev.nodes === next.nodes) return null;
  const nextIds = new Set(next.nodes.map((n) => n.id));
  let changed = false;
  const followed = selected.map((id) => {
    if (nextIds.has(id)) return id;
    const index = prev.nodes.findIndex((n) => n.id === id);
    const successor = next.nodes[index]?.id;
    // Only a rename keeps the node's place; a new id that existed before means the list shifted instead.
    if (successor === undefined || prev.nodes.some((n) => n.id === successor)) return id;
    changed = true;
    return successor;
  });
  return changed ? followed : null;
}
