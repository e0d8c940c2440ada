import type { Diagnostic } from '../../core/validate/diagnostic.types';
import type { EditorState } from '../state/editor-store';

type SourceState = Pick<EditorState, 'doc' | 'readOnly' | 'draftText' | 'draftProblems' | 'diagnostics'>;

/**
 * The problems to mark in the source text: those of the draft while the text does not load (they are exact
 * and immediate; the validator's answer for the draft comes later), else the validator's for the mission.
 */
export function sourceProblems(state: SourceState): readonly Diagnostic[] {
  return state.draftText !== null && state.draftProblems.length > 0 ? state.draftProblems : state.diagnostics;
}

/** What the source view tells the user about its text. */
export type SourceStatus = 'valid' | 'draft' | 'broken-file' | 'empty';

/** Whether the text is the mission, an invalid edit of it (the graph keeps the last valid one), or a file that did not load. */
export function sourceStatus(state: SourceState): SourceStatus {
  if (state.readOnly) return 'broken-file';
  if (!state.doc) return 'empty';
  return state.draftText !== null ? 'draft' : 'valid';
}

/** How Undo/Redo inside the source view is carried out. */
export type HistoryRoute = 'history' | 'discard-draft' | 'editor' | 'none';

/**
 * Undo in the source view: the app's history, so the graph and the text undo together; but invalid text
 * that never reached the history is undone first by going back to the last valid text, and a file that did not
 * load (it has no history yet) uses the editor's own undo.
 */
export function undoRoute(state: SourceState): HistoryRoute {
  if (state.readOnly) return 'editor';
  if (!state.doc) return 'none';
  return state.draftText !== null ? 'discard-draft' : 'history';
}

/** Redo in the source view; with invalid text pending, redo would throw it away, so it does nothing. */
export function redoRoute(state: SourceState): HistoryRoute {
  if (state.readOnly) return 'editor';
  if (!state.doc || state.draftText !== null) return 'none';
  return 'history';
}
