// Reads the JSON reports of Vitest and Playwright into one tally, and prints it as the closing line
// `N passed, N failed[, N skipped]` that CI reads.

/** An empty tally. */
export function emptyTally() {
  return { passed: 0, failed: 0, skipped: 0 };
}

/** Counts from a Vitest JSON report (`--reporter=json`). */
export function countVitestReport(report) {
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts from a Playwright JSON report; a test that passed on retry (flaky) counts as passed. */
export function countPlaywrightReport(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

/**
 * The tally of one step from its report and exit code. A step that failed without a failed test to show for
 * it (a crash, a suite that did not load, a web server that did not start) still counts as one failure, so
 * the summary can never read "0 failed" after a red run.
 */
export function tallyStep(counts, exitCode) {
  const tally = counts ?? emptyTally();
  return exitCode !== 0 && tally.failed === 0 ? { ...tally, failed: 1 } : tally;
}

/** Adds tallies. */
export function addTallies(a, b) {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** `12 passed, 0 failed` or `12 passed, 0 failed, 3 skipped`. */
export function formatTally(tally) {
  const base = `${tally.passed} passed, ${tally.failed} failed`;
  return tally.skipped > 0 ? `${base}, ${tally.skipped} skipped` : base;
}
