import type { Diagnostic } from '../core/validate/diagnostic.types';

/** `file:line:col severity code message`, the form editors and CI logs link to. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const line = d.range?.line ?? 1;
  const column = d.range?.column ?? 1;
  return `${file}:${line}:${column} ${d.severity} ${d.code} ${d.message}`;
}

/** One line summing up the counts, e.g. `2 errors, 1 warning`. */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Diagnostic['severity']): number => diagnostics.filter((d) => d.severity === s).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
}
