import type { Diagnostic } from '@mission-studio/core/validate';

/** The empty answer, one shared array so selectors stay stable. */
export const NO_PROBLEMS: readonly Diagnostic[] = [];

// Every field asks for its own path on each store change: index each diagnostics array once.
const indexes = new WeakMap<readonly Diagnostic[], Map<string, Diagnostic[]>>();

/** The diagnostics whose JSON pointer is exactly `path` (the same array for the same diagnostics). */
export function problemsAt(diagnostics: readonly Diagnostic[], path: string): readonly Diagnostic[] {
  let index = indexes.get(diagnostics);
  if (!index) {
    index = new Map();
    for (const d of diagnostics) {
      const list = index.get(d.path);
      if (list) list.push(d);
      else index.set(d.path, [d]);
    }
    indexes.set(diagnostics, index);
  }
  return index.get(path) ?? NO_PROBLEMS;
}
