import { useMemo } from 'react';
import { activeNodeOf, coverageOf, visitsOf, type NodeRunOverlay } from './node-run-overlay';
import type { PreviewState } from './preview-store';
import { usePreview } from './use-preview';
import './run-overlay.css';

/** The marks as one primitive, so each graph node holds one cheap store subscription that changes only with them. */
function overlayKey(s: PreviewState, nodeId: string): string {
  const coverage = coverageOf(s, nodeId);
  return `${activeNodeOf(s) === nodeId ? 1 : 0} ${visitsOf(s, nodeId)} ${s.breakpoints.includes(nodeId) ? 1 : 0} ${coverage ?? ''}`;
}

/** The run's marks on one graph node; the node re-renders only when its own marks change. */
export function useNodeRunOverlay(nodeId: string): NodeRunOverlay {
  const key = usePreview((s) => overlayKey(s, nodeId));
  return useMemo(() => {
    const [active, visits, breakpoint, coverage] = key.split(' ');
    return {
      active: active === '1',
      visits: Number(visits),
      breakpoint: breakpoint === '1',
      coverage: coverage === '' || coverage === undefined ? null : Number(coverage),
    };
  }, [key]);
}
