import { LineIndex } from '@mission-studio/core/format';
import type { Diagnostic, Severity } from '@mission-studio/core/validate';
import type { ExpressionProblem } from './expression-problems';

/** A marker as Monaco's `IMarkerData` has it (lines and columns from 1), with our severity names. */
export interface MarkerSpec {
  severity: Severity;
  message: string;
  code: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** A text as the markers need it: its length and where an offset falls (Monaco's model answers without a copy). */
export interface TextPositions {
  length: number;
  at(offset: number): { line: number; column: number };
}

/** A string's positions, through a line index (for tests and small texts). */
export function positionsOf(text: string): TextPositions {
  const lines = new LineIndex(text);
  return { length: text.length, at: (offset) => lines.at(offset) };
}

/**
 * Markers for the source view from diagnostics located in the text. A diagnostic with no range goes on the
 * first character (every problem shows somewhere); an empty range or one past the end (diagnostics of a text
 * the user has since changed) is clamped to one character inside the text, on its line, so Monaco draws it.
 */
export function diagnosticMarkers(diagnostics: readonly Diagnostic[], text: TextPositions): MarkerSpec[] {
  return diagnostics.map((d) => {
    const start = Math.max(0, Math.min(d.range?.offset ?? 0, text.length));
    const from = text.at(start);
    let end = Math.min(start + (d.range?.length ?? 0), text.length);
    if (end === start && end < text.length && text.at(end + 1).line === from.line) end += 1;
    const to = text.at(end);
    return {
      severity: d.severity,
      message: d.message,
      code: d.code,
      startLineNumber: from.line,
      startColumn: from.column,
      endLineNumber: to.line,
      endColumn: to.column,
    };
  });
}

/** Markers for the one-line expression editor: offsets in the text are columns minus one. */
export function expressionMarkers(problems: readonly ExpressionProblem[]): MarkerSpec[] {
  return problems.map((p) => ({
    severity: 'error',
    message: p.message,
    code: p.code,
    startLineNumber: 1,
    startColumn: p.start + 1,
    endLineNumber: 1,
    endColumn: p.end + 1,
  }));
}
