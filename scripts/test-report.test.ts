import { describe, expect, it } from 'vitest';
import { addTallies, countPlaywrightReport, countVitestReport, formatTally, tallyStep } from './test-report.mjs';

describe('countVitestReport', () => {
  it('counts passed, failed, and skipped plus todo tests', () => {
    const report = { numPassedTests: 40, numFailedTests: 2, numPendingTests: 3, numTodoTests: 1 };
    expect(countVitestReport(report)).toEqual({ passed: 40, failed: 2, skipped: 4 });
  });
});

describe('countPlaywrightReport', () => {
  it('counts flaky tests as passed and unexpected ones as failed', () => {
    const report = { stats: { expected: 5, unexpected: 1, flaky: 2, skipped: 4 } };
    expect(countPlaywrightReport(report)).toEqual({ passed: 7, failed: 1, skipped: 4 });
  });
});

describe('tallyStep', () => {
  it('counts a failed step with no failed test as one failure', () => {
    expect(tallyStep(null, 2)).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(tallyStep({ passed: 3, failed: 0, skipped: 0 }, 1)).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });

  it('keeps the counts of a step whose failures are already counted, or that passed', () => {
    expect(tallyStep({ passed: 3, failed: 2, skipped: 0 }, 1)).toEqual({ passed: 3, failed: 2, skipped: 0 });
    expect(tallyStep({ passed: 3, failed: 0, skipped: 1 }, 0)).toEqual({ passed: 3, failed: 0, skipped: 1 });
  });
});

describe('formatTally', () => {
  it('prints the closing line, with skipped only when there are some', () => {
    const total = addTallies({ passed: 10, failed: 0, skipped: 0 }, { passed: 4, failed: 1, skipped: 5 });
    expect(formatTally(total)).toBe('14 passed, 1 failed, 5 skipped');
    expect(formatTally({ passed: 3, failed: 0, skipped: 0 })).toBe('3 passed, 0 failed');
    expect(formatTally(total)).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });
});
