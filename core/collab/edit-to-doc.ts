import { produce } from 'immer';
import type * as Y from 'yjs';
import { applyEditToDraft } from '../edit/apply-edit';
import type { Edit } from '../edit/edit.types';
import type { Mission } from '../format/mission.types';
import { readMission, writeMission } from './mission-doc';

/**
 * The one mapping from core/edit's edits to Yjs operations: the edit is applied by core/edit (so it means in a
 * shared room exactly what it means alone), and the difference it made is written to the document as the
 * smallest Yjs operations (`writeMission`). The way back is `readMission`. There is no second editing model.
 *
 * Returns the mission after the edit, or null when the document is an empty room (nothing to edit yet).
 */
export function applyEditToDoc(doc: Y.Doc, edit: Edit, origin: unknown = null): Mission | null {
  const before = readMission(doc);
  if (!before) return null;
  const after = produce(before, (draft) => applyEditToDraft(draft, edit));
  if (after !== before) writeMission(doc, after, origin);
  return after;
}
