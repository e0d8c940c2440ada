import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@mission-studio/core/validate';
import { formatDiagnostics } from './format-diagnostic';

const warning = (i: number): Diagnostic => ({
  code: 'never-reached-node',
  severity: 'warning',
  message: `node ${i}`,
  path: `/nodes/${i}`,
  range: { offset: 0, length: 0, line: i + 1, column: 5 },
});

describe('formatDiagnostics', () => {
  it('prints repeated findings up to the limit, then one row with the count of the rest', () => {
    const rows = formatDiagnostics(
      'm.json',
      Array.from({ length: 10_000 }, (_, i) => warning(i)),
      20,
    );
    expect(rows).toHaveLength(21);
    expect(rows[0]).toBe('m.json:1:5 warning never-reached-node node 0');
    expect(rows[20]).toBe('m.json: 9,980 more warning never-reached-node like the 20 above (--all prints every one)');
  });

  it('prints every row when no code passes the limit', () => {
    const error: Diagnostic = { ...warning(0), code: 'dead-end', severity: 'error' };
    expect(formatDiagnostics('m.json', [warning(0), error, warning(1)], 2)).toHaveLength(3);
  });
});
