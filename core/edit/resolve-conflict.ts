import type { Draft } from 'immer';
import { writeIdPath } from '../format/id-path';
import type { Mission } from '../format/mission.types';
import type { ConflictSide } from '../merge/conflict-text';

// A copy, not the record's own object: the record leaves the draft in the same step.
const copyJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * Resolves the merge conflict recorded at `path` by taking one side: its value goes in at the path (a side
 * without one removes the field or item) and the record goes. When the field's node was deleted since, there is
 * nothing left to set and the record just goes.
 */
export function resolveConflictInDraft(draft: Draft<Mission>, path: string, take: ConflictSide): void {
  const conflicts = draft.conflicts;
  const index = conflicts?.findIndex((c) => c.path === path) ?? -1;
  if (!conflicts || index < 0) return;
  const conflict = conflicts[index]!;
  writeIdPath(draft, path, Object.hasOwn(conflict, take) ? copyJson(conflict[take]) : undefined);
  conflicts.splice(index, 1);
  if (conflicts.length === 0) delete draft.conflicts;
}
