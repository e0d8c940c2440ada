import { useStoreApi, type Edge, type Node, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { cullElements, cullWindow, needsNewWindow, sameItems, viewRect, type Culled, type Rect } from './view-culling';

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
  const culled = useMemo(() => {
    if (!enabled) return { nodes, edges };
    return window ? cullElements(nodes, edges, window, keepNode) : (NOTHING as Culled<N, E>);
  }, [nodes, edges, enabled, window]);
  // A new array of the same items is no change to React Flow: on a drop only the nodes change, and handing it the
  // edges again would rebuild its edge lookups (10 ms at 1,000 nodes, before Problems could show the edit).
  const handedNodes = useSameItems(culled.nodes);
  const handedEdges = useSameItems(culled.edges);
  return useMemo(() => ({ nodes: handedNodes, edges: handedEdges }), [handedNodes, handedEdges]);
}

/** `items`, or the array last returned when it holds the very same items in the same order. */
function useSameItems<T>(items: T[]): T[] {
  const [kept, setKept] = useState(items);
  if (kept === items || sameItems(kept, items)) return kept;
  setKept(items);
  return items;
}
