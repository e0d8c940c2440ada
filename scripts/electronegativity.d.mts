export interface Finding {
  check: string;
  file: string;
  line?: number;
  severity?: string;
  sample?: string;
}
export interface Note {
  check: string;
  file: string;
  reason: string;
}
export interface Notes {
  excludedChecks: Array<{ check: string; reason: string }>;
  accepted: Note[];
}
export declare function isShippedSource(path: string): boolean;
export declare function reconcile<F extends Finding>(
  findings: F[],
  notes: Note[],
): { explained: Array<F & { reason: string }>; unexplained: F[]; stale: Note[] };
export declare function readNotes(text: string): Notes;
