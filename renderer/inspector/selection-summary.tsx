import { plural } from '@mission-studio/core/strings';
import { useServices } from '../app-context';
import type { Selection } from '../state/ui-store';

/** What several selected things (or only connections) are, and a way to delete them all. */
export function SelectionSummary({ selection }: { selection: Selection }) {
  const { store, ui } = useServices();
  const { nodeIds, edgeIds } = selection;
  const parts = [nodeIds.length > 0 && plural(nodeIds.length, 'node'), edgeIds.length > 0 && plural(edgeIds.length, 'connection')].filter(
    Boolean,
  );
  const remove = () => {
    store.getState().edit({ kind: 'delete', nodeIds, edgeIds });
    ui.getState().select({ nodeIds: [], edgeIds: [] });
  };
  return (
    <div className="selection-summary">
      <p>{parts.join(' and ')} selected.</p>
      <button type="button" className="danger" onClick={remove}>
        Delete {parts.join(' and ')}
      </button>
    </div>
  );
}
