import type { Diagnostic } from '@mission-studio/core/validate';

/** `file:line:col severity code message`, the form editors and CI logs link to. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const line = d.range?.line ?? 1;
  const column = d.range?.column ?? 1;
  return `${file}:${line}:${column} ${d.severity} ${d.code} ${d.message}`;
}

/** Rows of one code and severity printed before the rest are counted in one row (`validate --all` prints all). */
const MAX_ROWS_PER_CODE = 20;

/**
 * Each diagnostic as `formatDiagnostic`, but past `limit` of one code and severity, one row with a count: a
 * hostile file can make tens of thousands of the same finding, which helps nobody and once filled 28 MB.
 */
export function formatDiagnostics(file: string, diagnostics: readonly Diagnostic[], limit = MAX_ROWS_PER_CODE): string[] {
  const shown = new Map<string, number>();
  const rows: string[] = [];
  for (const d of diagnostics) {
    const key = `${d.severity} ${d.code}`;
    const n = (shown.get(key) ?? 0) + 1;
    shown.set(key, n);
    if (n <= limit) rows.push(formatDiagnostic(file, d));
  }
  for (const [key, n] of shown) {
    if (n > limit)
      rows.push(`${file}: ${(n - limit).toLocaleString('en-US')} more ${key} like the ${limit} above (--all prints every one)`);
  }
  return rows;
}
