import type { DocumentState } from '../preload/ipc-contract';

/** The product name, as titles and dialogs show it. */
export const APP_NAME = 'Mission Studio';

/** The window title: `● name - Mission Studio` with unsaved changes, `name - Mission Studio` without. */
export function windowTitle(state: DocumentState | null): string {
  if (!state) return APP_NAME;
  return `${state.dirty ? '● ' : ''}${state.name} - ${APP_NAME}`;
}
