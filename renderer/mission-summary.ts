import type { Mission } from '../core/format/mission.types';
import type { Diagnostic, Severity } from '../core/validate/diagnostic.types';

/** What core's loader hands back (the shape of `loadMission`'s result). */
export interface LoadResult {
  mission: Mission | null;
  diagnostics: Diagnostic[];
}

/** One line of the Problems list. */
export interface ProblemLine {
  severity: Severity;
  code: string;
  message: string;
  /** `line:column` in the file, when the loader knew where. */
  location: string | null;
}

/** What the window shows about a loaded file. */
export interface MissionSummary {
  fileName: string;
  /** The mission's title, or the file name when the file did not load. */
  title: string;
  /** The mission's one-paragraph summary; empty when the file did not load. */
  description: string;
  /** Null when the file did not load. */
  nodeCount: number | null;
  problems: ProblemLine[];
}

/** Turns a load result into what the window shows: title, node count, and problems in file order. */
export function summarizeLoad(fileName: string, result: LoadResult): MissionSummary {
  const problems = result.diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => compareRanges(a.diagnostic, b.diagnostic) || a.index - b.index)
    .map(({ diagnostic }) => toProblemLine(diagnostic));
  return {
    fileName,
    title: result.mission?.meta.title || fileName,
    description: result.mission?.meta.summary ?? '',
    nodeCount: result.mission ? result.mission.nodes.length : null,
    problems,
  };
}

/** "1 node", "47 nodes". */
export function formatNodeCount(count: number): string {
  return `${count} ${count === 1 ? 'node' : 'nodes'}`;
}

function toProblemLine(diagnostic: Diagnostic): ProblemLine {
  const range = diagnostic.range;
  return {
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
    location: range ? `${range.line}:${range.column}` : null,
  };
}

// Problems with a place come first, in reading order; those without keep the loader's order after them.
function compareRanges(a: Diagnostic, b: Diagnostic): number {
  if (a.range && b.range) return a.range.line - b.range.line || a.range.column - b.range.column;
  if (a.range) return -1;
  if (b.range) return 1;
  return 0;
}
