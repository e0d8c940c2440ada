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

declare const Papa: { unparse: typeof unparse };
export default Papa;
