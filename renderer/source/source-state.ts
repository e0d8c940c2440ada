import type { Diagnostic } from '@mission-studio/core/validate';
import { allDiagnostics, type CheckState } from '../state/check-store';
import type { EditorState } from '../state/editor-store';

type DocumentPart = Pick<EditorState, 'doc' | 'readOnly' | 'draft'>;

/**
 * The problems to mark in the source text: those of the draft while the text does not load, else every
 * finding about the mission (the validator's and the play check's).
 */
export function sourceProblems(document: DocumentPart, checks: CheckState): readonly Diagnostic[] {
  return document.draft !== null ? document.draft.problems : allDiagnostics(checks);
}

/** The text the source view shows: text that does not load, as typed; else the mission's text. */
export function sourceText(document: DocumentPart, checks: CheckState): string {
  return document.draft?.text ?? checks.text;
}

/** What the source view tells the user about its text. */
export type SourceStatus = 'valid' | 'draft' | 'broken-file' | 'empty';

/** Whether the text is the mission, an invalid edit of it (the graph keeps the last valid one), or a file that did not load. */
export function sourceStatus(state: DocumentPart): SourceStatus {
  if (state.readOnly) return 'broken-file';
  if (!state.doc) return 'empty';
  return state.draft !== null ? 'draft' : 'valid';
}

/** How Undo/Redo inside the source view is carried out. */
export type HistoryRoute = 'history' | 'discard-draft' | 'editor' | 'none';

/**
 * Undo in the source view: the app's history, so the graph and the text undo together; but invalid text
 * that never reached the history is undone first by going back to the last valid text, and a file that did not
 * load (it has no history yet) uses the editor's own undo.
 */
export function undoRoute(state: DocumentPart): HistoryRoute {
  if (state.readOnly) return 'editor';
  if (!state.doc) return 'none';
  return state.draft !== null ? 'discard-draft' : 'history';
}

/** Redo in the source view; with invalid text pending, redo would throw it away, so it does nothing. */
export function redoRoute(state: DocumentPart): HistoryRoute {
  if (state.readOnly) return 'editor';
  if (!state.doc || state.draft !== null) return 'none';
  return 'history';
}
