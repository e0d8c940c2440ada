import type { DocumentStatus } from '../host/host.types';
import { isDirty, type EditorState } from '../state/editor-store';

/** What the window should show for the editor's state (title, dirty mark, watched file); null before a file. */
export function documentStatus(state: EditorState): DocumentStatus | null {
  if (!state.file) return null;
  const status: DocumentStatus = { name: state.file.name, dirty: isDirty(state) };
  if (state.file.path !== undefined) status.path = state.file.path;
  return status;
}

/** Whether two statuses would show the same (so the host is told only about changes). */
export function sameStatus(a: DocumentStatus | null, b: DocumentStatus | null): boolean {
  return a === b || (a !== null && b !== null && a.name === b.name && a.dirty === b.dirty && a.path === b.path);
}
