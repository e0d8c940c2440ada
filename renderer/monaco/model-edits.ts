import type { editor } from 'monaco-editor/editor/editor.api';
import { diffText } from '@mission-studio/core/document';

/**
 * Makes a model's text `next` with the smallest edit (see `diffText`), so Monaco keeps the cursor, selection,
 * scroll position and markers where the text around them did not change. Returns whether anything changed.
 */
export function replaceModelText(target: editor.ICodeEditor, model: editor.ITextModel, next: string, source: string): boolean {
  const change = diffText(model.getValue(), next);
  if (!change) return false;
  const start = model.getPositionAt(change.offset);
  const end = model.getPositionAt(change.offset + change.deleteLength);
  const range = { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
  target.executeEdits(source, [{ range, text: change.insert, forceMoveMarkers: false }]);
  return true;
}
