// The part of papaparse that core uses, declared here because @types/papaparse pulls in Node's types
// (`/// <reference types="node" />`, for its stream parser), which would let Node globals typecheck in core/.
// core/tsconfig.json maps 'papaparse' here; the rest of the project sees the full @types/papaparse.

/** Options of `Papa.unparse` that core sets. */
export interface UnparseConfig {
  quotes?: boolean | boolean[];
  quoteChar?: string;
  escapeChar?: string;
  delimiter?: string;
  header?: boolean;
  newline?: string;
  skipEmptyLines?: boolean | 'greedy';
  columns?: string[];
  escapeFormulae?: boolean | RegExp;
}

/** Rows (arrays or objects) to CSV text. */
export function unparse(data: unknown[] | { fields: string[]; data: unknown[][] }, config?: UnparseConfig): string;

/** A problem Papa met in a row (an unterminated quote, a row of the wrong length). */
export interface ParseError {
  type: string;
  code: string;
  message: string;
  /** Index of the row, and the character index in the input, where known. */
  row?: number;
  index?: number;
}

/** One row as `step` sees it: its cells, its problems, and where the parser stands after it. */
export interface ParseStepResult<T> {
  data: T;
  errors: ParseError[];
  meta: { cursor: number; delimiter: string; aborted: boolean };
}

/** Options of `Papa.parse` on a string that core sets. */
export interface ParseConfig<T> {
  delimiter?: string;
  newline?: string;
  quoteChar?: string;
  skipEmptyLines?: boolean | 'greedy';
  step?: (results: ParseStepResult<T>, parser: { abort(): void }) => void;
}

/** Parses CSV text; with `step`, row by row. */
export function parse<T>(input: string, config?: ParseConfig<T>): { data: T[]; errors: ParseError[] };

declare const Papa: { unparse: typeof unparse; parse: typeof parse };
export default Papa;
