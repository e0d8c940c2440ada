/** Test counts of a run or a step. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
export declare function emptyTally(): Tally;
export declare function countVitestReport(report: Record<string, unknown>): Tally;
export declare function countPlaywrightReport(report: { stats?: Record<string, number> }): Tally;
export declare function tallyStep(counts: Tally | null, exitCode: number): Tally;
export declare function addTallies(a: Tally, b: Tally): Tally;
export declare function formatTally(tally: Tally): string;
