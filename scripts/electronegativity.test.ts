import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isShippedSource, readNotes, reconcile } from './electronegativity.mjs';

const note = (check: string, file: string) => ({ check, file, reason: 'because' });

describe('reconcile', () => {
  it('explains findings by check and file, and reports the rest', () => {
    const findings = [
      { check: 'PRELOAD_JS_CHECK', file: 'main/window.ts', line: 3 },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/window.ts', line: 9 },
    ];
    const result = reconcile(findings, [note('PRELOAD_JS_CHECK', 'main/window.ts')]);
    expect(result.explained.map((f) => f.check)).toEqual(['PRELOAD_JS_CHECK']);
    expect(result.unexplained.map((f) => f.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
    expect(result.stale).toEqual([]);
  });

  it('reports notes whose finding is gone, so the notes cannot go stale', () => {
    expect(reconcile([], [note('AUXCLICK_JS_CHECK', 'main/window.ts')]).stale).toEqual([note('AUXCLICK_JS_CHECK', 'main/window.ts')]);
  });

  it('lets one note explain the same check in one file at several lines', () => {
    const findings = [
      { check: 'X', file: 'a.ts', line: 1 },
      { check: 'X', file: 'a.ts', line: 2 },
    ];
    expect(reconcile(findings, [note('X', 'a.ts')]).unexplained).toEqual([]);
  });
});

describe('readNotes', () => {
  it('reads the checked-in notes, each with a reason', () => {
    const notes = readNotes(readFileSync(join(__dirname, '..', 'electronegativity.json'), 'utf8'));
    expect(notes.accepted.length).toBeGreaterThan(0);
  });

  it('refuses a note without a reason', () => {
    expect(() => readNotes(JSON.stringify({ excludedChecks: [], accepted: [{ check: 'X', file: 'a.ts', reason: ' ' }] }))).toThrow(
      'reason',
    );
    expect(() => readNotes(JSON.stringify({ accepted: [] }))).toThrow('excludedChecks');
  });
});

describe('isShippedSource', () => {
  it('leaves out tests and their helpers', () => {
    expect(isShippedSource('main/window.ts')).toBe(true);
    expect(isShippedSource('main/window.test.ts')).toBe(false);
    expect(isShippedSource('renderer/host/testing/fake-bridge.ts')).toBe(false);
    expect(isShippedSource('main/test-support/crash-save-child.ts')).toBe(false);
    expect(isShippedSource('renderer/desktop/prompt-dialog.tsx')).toBe(true);
  });
});
