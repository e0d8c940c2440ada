import type { MergeConflict, Mission } from '../format/mission.types';
import { canonicalJson, ConflictLog, mergeValue } from './merge-values';

/** What a three-way merge gives: the merged mission (its `conflicts` included) and the conflicts it found now. */
export interface MergeResult {
  mission: Mission;
  /** The conflicts this merge found (conflicts the inputs already carried are in `mission.conflicts` too). */
  conflicts: MergeConflict[];
}

/**
 * Three-way merge of missions, as `mission-studio merge` and a git merge driver run it: nodes, edges and
 * declarations by id, and inside them field by field. Where both sides changed one field differently the
 * merged mission holds ours and lists the clash in `conflicts`, so it always loads. Pure: inputs are not changed.
 */
export function mergeMissions(base: Mission, ours: Mission, theirs: Mission): MergeResult {
  const log = new ConflictLog();
  const merged = mergeValue(withoutConflicts(base), withoutConflicts(ours), withoutConflicts(theirs), [], log) as Mission;
  const conflicts = [...carriedConflicts(base, ours, theirs), ...log.conflicts];
  const mission: Mission = conflicts.length > 0 ? { ...merged, conflicts } : merged;
  return { mission, conflicts: log.conflicts };
}

function withoutConflicts(mission: Mission): Mission {
  const { conflicts: _ignored, ...rest } = mission;
  return rest;
}

/**
 * Conflicts the sides still carry from an earlier merge: those either side has, less those one side resolved
 * (there in the base, gone on that side), each once.
 */
function carriedConflicts(base: Mission, ours: Mission, theirs: Mission): MergeConflict[] {
  const keys = (m: Mission) => new Set((m.conflicts ?? []).map(canonicalJson));
  const [b, o, t] = [keys(base), keys(ours), keys(theirs)];
  const out = new Map<string, MergeConflict>();
  for (const conflict of [...(ours.conflicts ?? []), ...(theirs.conflicts ?? [])]) {
    const key = canonicalJson(conflict);
    const resolved = b.has(key) && !(o.has(key) && t.has(key));
    if (!resolved && !out.has(key)) out.set(key, conflict);
  }
  return [...out.values()];
}
