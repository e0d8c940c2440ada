import { conflictValueText } from '@mission-studio/core/merge';
import type { MergeConflict } from '@mission-studio/core/format';
import { useServices } from '../app-context';

interface Props {
  conflict: MergeConflict;
  /** The id of the row's message, which the buttons point at for what they resolve. */
  describedBy: string;
}

/**
 * Under a `merge-conflict` problem: both values, and Take mine / Take theirs, each one undoable edit
 * (core/edit's `resolve-conflict`) that sets the value and drops the conflict record.
 */
export function ConflictChoice({ conflict, describedBy }: Props) {
  const services = useServices();
  const take = (side: 'ours' | 'theirs') => services.store.getState().edit({ kind: 'resolve-conflict', path: conflict.path, take: side });
  return (
    <div className="conflict-choice">
      <dl className="conflict-values">
        <dt>Mine</dt>
        <dd>{conflictValueText(conflict, 'ours')}</dd>
        <dt>Theirs</dt>
        <dd>{conflictValueText(conflict, 'theirs')}</dd>
      </dl>
      <div className="conflict-actions">
        <button type="button" onClick={() => take('ours')} aria-describedby={describedBy}>
          Take mine
        </button>
        <button type="button" onClick={() => take('theirs')} aria-describedby={describedBy}>
          Take theirs
        </button>
      </div>
    </div>
  );
}
