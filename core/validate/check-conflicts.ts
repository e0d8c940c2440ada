import { locateIdPath } from '../format/id-path';
import { conflictPlace, conflictValueText, conflictWhere } from '../merge/conflict-text';
import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';

/**
 * `merge-conflict` (error): each field a merge left for a person to decide, naming the node (or sticky note) and
 * field and both values. The path points at the field as the mission holds it now (ours), or at the record when it is not
 * there (ours deleted it); `conflict` is the record's index, for the Problems row's Take mine / Take theirs.
 */
export function checkConflicts({ mission, nodeIndex }: MissionIndex): Diagnostic[] {
  return (mission.conflicts ?? []).map((conflict, i) => {
    const { nodeId } = conflictPlace(conflict);
    const at = locateIdPath(mission, conflict.path);
    return {
      code: 'merge-conflict',
      severity: 'error',
      message: `merge conflict in ${conflictWhere(conflict)}: mine ${conflictValueText(conflict, 'ours')}, theirs ${conflictValueText(conflict, 'theirs')}`,
      path: at?.pointer ?? `/conflicts/${i}`,
      ...(nodeId !== undefined && nodeIndex.has(nodeId) ? { nodeId } : {}),
      conflict: i,
    };
  });
}
