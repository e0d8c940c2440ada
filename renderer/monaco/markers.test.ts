import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import { diagnosticMarkers, expressionMarkers, positionsOf } from './markers';

const diagnostic = (offset: number, length: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  code: 'schema',
  severity: 'error',
  message: 'wrong',
  path: '',
  range: { offset, length, line: 0, column: 0 },
  ...extra,
});

describe('diagnosticMarkers', () => {
  it('places a marker on the lines and columns of its range', () => {
    const text = '{\n  "format": 1\n}';
    const [marker] = diagnosticMarkers([diagnostic(text.indexOf('1'), 1)], positionsOf(text));
    expect(marker).toMatchObject({
      startLineNumber: 2,
      startColumn: 13,
      endLineNumber: 2,
      endColumn: 14,
      code: 'schema',
      severity: 'error',
    });
  });

  it('spans lines when the range does', () => {
    const text = '{\n  "a": [\n    1\n  ]\n}';
    const offset = text.indexOf('[');
    const [marker] = diagnosticMarkers([diagnostic(offset, text.indexOf(']') + 1 - offset)], positionsOf(text));
    expect(marker).toMatchObject({ startLineNumber: 2, startColumn: 8, endLineNumber: 4, endColumn: 4 });
  });

  it('widens an empty range to one character so it is drawn', () => {
    const [marker] = diagnosticMarkers([diagnostic(1, 0)], positionsOf('abc'));
    expect(marker).toMatchObject({ startColumn: 2, endColumn: 3 });
  });

  it('puts a diagnostic without a range on the first character', () => {
    const [marker] = diagnosticMarkers([{ code: 'missing-start', severity: 'warning', message: 'none', path: '' }], positionsOf('abc'));
    expect(marker).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2, severity: 'warning' });
  });

  it('places the parse error of a broken file where the loader says it is', () => {
    const text = '{\n  "format": \n}\n';
    const loaded = loadMission(text);
    const [d] = loaded.diagnostics;
    const [marker] = diagnosticMarkers(loaded.diagnostics, positionsOf(text));
    expect(marker).toMatchObject({ startLineNumber: d?.range?.line, startColumn: d?.range?.column });
  });

  it('keeps every marker inside the text, for any range and text', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(200), fc.nat(200), (text, offset, length) => {
        const [marker] = diagnosticMarkers([diagnostic(offset, length)], positionsOf(text));
        const lines = text.split('\n');
        expect(marker!.endLineNumber).toBeLessThanOrEqual(lines.length);
        expect(marker!.endColumn).toBeLessThanOrEqual((lines[marker!.endLineNumber - 1] ?? '').length + 1);
        expect(marker!.startLineNumber * 1e6 + marker!.startColumn).toBeLessThanOrEqual(marker!.endLineNumber * 1e6 + marker!.endColumn);
      }),
    );
  });
});

describe('expressionMarkers', () => {
  it('turns offsets into columns on the one line', () => {
    expect(expressionMarkers([{ start: 0, end: 4, message: 'x', code: 'expression-error' }])).toEqual([
      { severity: 'error', message: 'x', code: 'expression-error', startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 5 },
    ]);
  });
});
