import { idPathSteps } from '../format/id-path';
import type { MergeConflict } from '../format/mission.types';

/** The side of a merge conflict a person takes: mine is `ours` (the branch merged into), theirs the other. */
export type ConflictSide = 'ours' | 'theirs';

/** Past this many characters a value is shortened with an ellipsis: a Problems row is one line. */
const SHOWN_CHARS = 80;

/** One side's value as a Problems row shows it: `"text"`, `12`, `["a","b"]`, or what its absence means. */
export function conflictValueText(conflict: MergeConflict, side: ConflictSide): string {
  if (!Object.hasOwn(conflict, side)) return Object.hasOwn(conflict, 'base') ? '(deleted)' : '(not there)';
  const text = JSON.stringify(conflict[side]) ?? String(conflict[side]);
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

/**
 * What a conflict path names: the node or sticky note it is in (if any) and the field inside it, e.g.
 * `data/choices/ask/text`, or the whole path when it is in neither.
 */
export function conflictPlace(conflict: MergeConflict): { nodeId?: string; noteId?: string; field: string } {
  const steps = idPathSteps(conflict.path);
  if (steps[0] === 'nodes' && steps[1] !== undefined) return { nodeId: steps[1], field: steps.slice(2).join('/') };
  if (steps[0] === 'notes' && steps[1] !== undefined) return { noteId: steps[1], field: steps.slice(2).join('/') };
  return { field: steps.join('/') };
}

/** How a message names a conflict's place: `'title' of node 'dock'`, `note 'idea'`, `'meta/title'`. */
export function conflictWhere(conflict: MergeConflict): string {
  const { nodeId, noteId, field } = conflictPlace(conflict);
  const owner = nodeId !== undefined ? `node '${nodeId}'` : noteId !== undefined ? `note '${noteId}'` : null;
  if (owner === null) return `'${field}'`;
  return field === '' ? owner : `'${field}' of ${owner}`;
}
