import type { Mission } from '@mission-studio/core/format';
import type { Diagnostic, Severity, SourceRange } from '@mission-studio/core/validate';

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** How many problems of a group show before "Show all": enough to work through, few enough to render at once. */
const PROBLEMS_SHOWN = 200;

/** The problems of one severity, in file order. */
export interface ProblemGroup {
  severity: Severity;
  items: Diagnostic[];
}

/** Diagnostics grouped by severity (errors first), each group in file order; empty groups left out. */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): ProblemGroup[] {
  const groups = new Map<Severity, Diagnostic[]>(ORDER.map((s) => [s, []]));
  for (const d of diagnostics) groups.get(d.severity)?.push(d);
  return ORDER.map((severity) => ({
    severity,
    items: (groups.get(severity) ?? []).sort((a, b) => (a.range?.offset ?? 0) - (b.range?.offset ?? 0)),
  })).filter((g) => g.items.length > 0);
}

/** `line:column` of a problem, or '' when it has no place in the text. */
export function problemLocation(d: Diagnostic): string {
  return d.range ? `${d.range.line}:${d.range.column}` : '';
}

/** Node titles by id, to name the node a problem is about. */
export function nodeTitles(mission: Mission | null): Map<string, string> {
  return new Map((mission?.nodes ?? []).map((n) => [n.id, n.title]));
}

/** Where clicking a problem goes: its node in the graph, else its place in the source, else nowhere. */
export type ProblemTarget = { kind: 'node'; nodeId: string } | { kind: 'range'; range: SourceRange } | null;

/**
 * The target of a problem. A problem of text that does not load is about the text, so it goes to the source
 * even when it names a node (the graph shows an older version); otherwise a node the graph has wins.
 */
export function problemTarget(
  d: Pick<Diagnostic, 'nodeId' | 'range'>,
  titles: ReadonlyMap<string, string>,
  textBroken: boolean,
): ProblemTarget {
  if (!textBroken && d.nodeId !== undefined && titles.has(d.nodeId)) return { kind: 'node', nodeId: d.nodeId };
  return d.range ? { kind: 'range', range: d.range } : null;
}

/** The first `limit` items unless all are wanted, and how many are left out. */
export function visibleProblems<T>(items: readonly T[], showAll: boolean, limit = PROBLEMS_SHOWN): { shown: readonly T[]; hidden: number } {
  if (showAll || items.length <= limit) return { shown: items, hidden: 0 };
  return { shown: items.slice(0, limit), hidden: items.length - limit };
}
