import type { Diagnostic } from '../core/validate/diagnostic.types';

/** `file:line:col severity code message`, the form editors and CI logs link to. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const line = d.range?.line ?? 1;
  const column = d.range?.column ?? 1;
  return `${file}:${line}:${column} ${d.severity} ${d.code} ${d.message}`;
}
