import { useStoreApi, type Edge, type Node, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { cullElements, cullWindow, needsNewWindow, viewRect, type Culled, type Rect } from './view-culling';

const NOTHING = { nodes: [], edges: [] };

// Selected nodes always go (a drag, a nudge or a deselecting click reaches the whole selection), and so do dragged ones.
const keepNode = (node: Node): boolean => node.selected === true || node.dragging === true;

/**
 * The nodes and edges to hand React Flow: with `enabled`, those near the view (view-culling.ts), recomputed
 * when the view leaves its window or the mission changes; otherwise all of them. Until the canvas has a size,
 * nothing: the first frame then draws a screenful, not the whole mission.
 */
export function useViewCulling<N extends Node, E extends Edge>(nodes: N[], edges: E[], enabled: boolean): Culled<N, E> {
  const flowStore = useStoreApi<N, E>();
  const [window, setWindow] = useState<Rect | null>(null);
  const current = useRef<Rect | null>(null);
  useEffect(() => {
    if (!enabled) return;
    // Runs on every store change (each pan frame): a few comparisons, and a render only when the view left the
    // window (a state update per frame, even an unchanged one, could re-run the whole canvas component).
    const follow = (s: ReactFlowState<N, E>) => {
      if (s.width <= 0 || s.height <= 0) return;
      const view = viewRect(s.transform, s.width, s.height);
      if (!needsNewWindow(current.current, view)) return;
      current.current = cullWindow(view);
      setWindow(current.current);
    };
    current.current = null;
    follow(flowStore.getState());
    return flowStore.subscribe(follow);
  }, [flowStore, enabled]);
  return useMemo(() => {
    if (!enabled) return { nodes, edges };
    return window ? cullElements(nodes, edges, window, keepNode) : (NOTHING as Culled<N, E>);
  }, [nodes, edges, enabled, window]);
}
