/**
 * What the canvas shows of the run on one node: the current node, visits in this run, a breakpoint dot, and
 * (with the coverage overlay on) visits across this window's runs. The graph's node component reads it with
 * `useNodeRunOverlay` and spreads `runOverlayAttributes` on the node's element.
 */
import type { PreviewState } from './preview-store';
import { currentState } from './run-session';

/** The run's marks on one node. `coverage` is null while the coverage overlay is off. */
export interface NodeRunOverlay {
  active: boolean;
  visits: number;
  breakpoint: boolean;
  coverage: number | null;
}

/** The node the run waits at (or ended at), if any. */
export function activeNodeOf(s: PreviewState): string | null {
  return s.session ? currentState(s.session).nodeId : null;
}

/** How many times the current run entered the node. */
export function visitsOf(s: PreviewState, nodeId: string): number {
  return s.session ? (currentState(s.session).visits[nodeId] ?? 0) : 0;
}

/** Visits across this window's runs, the current one included; null when the overlay is off. */
export function coverageOf(s: PreviewState, nodeId: string): number | null {
  return s.showCoverage ? (s.pastVisits[nodeId] ?? 0) + visitsOf(s, nodeId) : null;
}

/** Coverage in bands for colouring: never visited, once or twice, often. */
function coverageBand(coverage: number | null): 'none' | 'never' | 'some' | 'many' {
  if (coverage === null) return 'none';
  return coverage === 0 ? 'never' : coverage < 3 ? 'some' : 'many';
}

/** Attributes for the node's element: `data-active="true"` on the current node, and a class for the CSS. */
export function runOverlayAttributes(o: NodeRunOverlay): Record<string, string | undefined> {
  const band = coverageBand(o.coverage);
  return {
    'data-active': o.active ? 'true' : undefined,
    'data-visits': o.visits > 0 ? String(o.visits) : undefined,
    'data-breakpoint': o.breakpoint ? 'true' : undefined,
    'data-coverage': o.coverage === null ? undefined : String(o.coverage),
    'data-coverage-band': band === 'none' ? undefined : band,
  };
}
