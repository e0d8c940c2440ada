/** What the validator and the loader report. Codes are a public contract: never rename one. */

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  // loading
  | 'parse-error'
  | 'schema'
  | 'unsupported-format'
  // static checks
  | 'duplicate-id'
  | 'dangling-edge'
  | 'ambiguous-port'
  | 'missing-start'
  | 'multiple-starts'
  | 'unreachable-node'
  | 'dead-end'
  | 'no-ending'
  | 'undefined-variable'
  | 'unused-variable'
  | 'expression-error'
  | 'type-mismatch'
  | 'unknown-reference'
  | 'empty-text'
  // a field both sides of a merge changed differently (`conflicts` in the file)
  | 'merge-conflict'
  // semantic checks from the explorer and balance runs (engine)
  | 'unreachable-ending'
  | 'never-reached-node'
  | 'never-enabled-choice'
  | 'soft-lock'
  | 'trap'
  | 'combat-balance'
  // exports (core/export)
  | 'export-error'
  // Twine import and Twee export (core/interop/twine)
  | 'twine-metadata'
  | 'twine-duplicate-passage'
  | 'twine-macro'
  /** A SugarCube `<<if>>` or Harlowe `(if:)` that does not map onto a branch or a choice condition: kept as text. */
  | 'twine-condition'
  | 'twine-skipped-passage'
  | 'twine-other-stories'
  // translations (core/strings): string tables checked against the mission
  | 'missing-translation'
  | 'stale-translation'
  | 'unknown-string-id'
  | 'translation-too-long'
  | 'translation-table';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** JSON pointer into the mission file, e.g. `/nodes/3/data/choices/1/condition`. */
  path: string;
  /** For a problem inside a string (an expression), the offset in the string's value where it is. */
  innerOffset?: number;
  /** For `merge-conflict`: the index of its record in the mission's `conflicts`. */
  conflict?: number;
  /** Where the text starts and ends, when known (the loader and CLI fill these from `path`). */
  range?: SourceRange;
  /** A summary's parts (one per string of a `missing-translation` row), each with its own place. */
  details?: DiagnosticDetail[];
}

/** One part of a summary diagnostic. */
export interface DiagnosticDetail {
  message: string;
  nodeId?: string;
  /** JSON pointer into the mission file. */
  path: string;
}

/** A span of the file's text; lines and columns count from 1, offsets from 0. */
export interface SourceRange {
  offset: number;
  length: number;
  line: number;
  column: number;
}
