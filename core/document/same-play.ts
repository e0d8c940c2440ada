import type { Mission, MissionNode } from '../format/mission.types';

/** Whether two versions of a node differ at most in where they are drawn (position; a group's frame size). */
function sameNodePlay(a: MissionNode, b: MissionNode): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.type !== b.type || a.title !== b.title || a.parentId !== b.parentId) return false;
  if (a.data === b.data) return true;
  // A resized group frame is layout too; its other data is its title's.
  return a.type === 'group' && b.type === 'group';
}

/**
 * Whether two versions of a mission play alike, so a finished play check of one holds for the other: they
 * differ only in layout (a drag, auto-layout). Edits share unchanged objects (Immer), so this is a walk of
 * reference comparisons, cheaper than any search.
 */
export function samePlay(a: Mission, b: Mission): boolean {
  if (a === b) return true;
  if (
    a.meta !== b.meta ||
    a.variables !== b.variables ||
    a.cast !== b.cast ||
    a.locations !== b.locations ||
    a.units !== b.units ||
    a.edges !== b.edges
  )
    return false;
  if (a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, i) => {
    const other = b.nodes[i];
    return other !== undefined && sameNodePlay(node, other);
  });
}
