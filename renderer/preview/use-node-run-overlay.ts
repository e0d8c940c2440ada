import { useMemo } from 'react';
import { activeNodeOf, coverageOf, visitsOf, type NodeRunOverlay } from './node-run-overlay';
import { usePreview } from './use-preview';

/** The run's marks on one graph node; each part is its own primitive selection, so a node re-renders only when its marks change. */
export function useNodeRunOverlay(nodeId: string): NodeRunOverlay {
  const active = usePreview((s) => activeNodeOf(s) === nodeId);
  const visits = usePreview((s) => visitsOf(s, nodeId));
  const breakpoint = usePreview((s) => s.breakpoints.includes(nodeId));
  const coverage = usePreview((s) => coverageOf(s, nodeId));
  return useMemo(() => ({ active, visits, breakpoint, coverage }), [active, visits, breakpoint, coverage]);
}
