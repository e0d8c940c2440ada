import { describe, expect, it } from 'vitest';
import { smallMission } from '../test-support/mission-builder';
import type { Diagnostic } from '../validate/diagnostic.types';
import { applyTextStyle } from './line-endings';
import { locateDiagnostics } from './locate-diagnostics';
import { serializeMission } from './serialize';

const lf = serializeMission(smallMission());
const windows = applyTextStyle(lf, { lineEnding: 'crlf', bom: true });
const finding: Diagnostic = { code: 'dead-end', severity: 'error', message: 'x', path: '/nodes/5/id' };

describe('locateDiagnostics', () => {
  it('places a pointer at the same line and column in a CRLF file with a byte order mark as in the LF file', () => {
    const [inLf] = locateDiagnostics(lf, [finding]);
    const [inWindows] = locateDiagnostics(windows, [finding]);
    expect(inWindows?.range).toMatchObject({ line: inLf?.range?.line, column: inLf?.range?.column, length: inLf?.range?.length });
    const offset = inWindows?.range?.offset ?? 0;
    expect(windows.slice(offset, offset + 5)).toBe('"win"');
  });

  it('keeps a range that was placed already', () => {
    const placed: Diagnostic = { ...finding, range: { offset: 3, length: 1, line: 1, column: 4 } };
    expect(locateDiagnostics(windows, [placed, finding])[0]).toBe(placed);
  });
});
