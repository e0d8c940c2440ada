import type { Edit } from '@mission-studio/core/edit';
import { useServices } from '../../app-context';

/**
 * Dispatches a mission-wide edit (meta, cast, variables...). `field` is the JSON pointer being typed in
 * (e.g. `/variables/3/description`), so a burst of typing in one cell is one undo step.
 */
export function useMissionEdit(): (edit: Edit, field?: string) => void {
  const { store } = useServices();
  return (edit, field) => store.getState().edit(edit, field ? { coalesceKey: `field:mission:${field}` } : {});
}
