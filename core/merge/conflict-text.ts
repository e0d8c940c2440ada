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

/** What a conflict path names: the node it is in (if any) and the field inside it, e.g. `data/choices/ask/text`. */
export function conflictPlace(conflict: MergeConflict): { nodeId?: string; field: string } {
  const steps = idPathSteps(conflict.path);
  if (steps[0] === 'nodes' && steps[1] !== undefined) return { nodeId: steps[1], field: steps.slice(2).join('/') };
  return { field: steps.join('/') };
}
