import { getViewportForBounds, useReactFlow, useStoreApi, type ReactFlowInstance, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useServices } from '../app-context';
import type { Rect } from './view-culling';

/** How the whole mission is fitted: a little margin around it. */
export const FIT_OPTIONS = { padding: 0.08 };

/** How a rectangle is fitted: its padding, an animation, and a closest zoom below the canvas's own. */
export interface FitOptions {
  padding: number;
  duration?: number;
  maxZoom?: number;
}

/**
 * Moves the view to show `rect` (flow coordinates) whole. The canvas hands React Flow only the nodes near the
 * view, so fitting goes by the mission's own bounds, never by React Flow's `fitView` over the nodes it holds.
 * False when there is nothing to fit or the canvas has no size yet.
 */
export function fitRect(
  flow: Pick<ReactFlowInstance, 'setViewport'>,
  state: Pick<ReactFlowState, 'width' | 'height' | 'minZoom' | 'maxZoom'>,
  rect: Rect | null,
  { padding, duration, maxZoom }: FitOptions,
): boolean {
  if (!rect || state.width <= 0 || state.height <= 0) return false;
  const viewport = getViewportForBounds(rect, state.width, state.height, state.minZoom, maxZoom ?? state.maxZoom, padding);
  void flow.setViewport(viewport, duration === undefined ? undefined : { duration });
  return true;
}

/**
 * Shows a newly opened file whole, and keeps it fitted while the panels around the canvas settle or are
 * resized, until the user pans, zooms or reveals a node. Fit View turns it back on. `bounds` gives the drawn
 * mission's bounds when asked; `drawn` is the mission the canvas draws and `current` the document's: the canvas
 * draws a task after the document changes (use-value-next-task.ts), so a new file is fitted once its mission is
 * the one drawn, not while the previous file's still is. `onceDrawn` runs what needs the new file on the canvas
 * (a reveal asked for as a file opens) right after that first fit, or at once when there is no file waiting.
 */
export function useAutoFit(bounds: () => Rect | null, drawn: unknown, current: unknown) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const canvas = useRef<HTMLDivElement>(null);
  const keepFitted = useRef(true);
  /** A file opened and not fitted yet: its mission is not drawn yet, or the canvas had no size. */
  const { store } = useServices();
  const unfitted = useRef(store.getState().file !== null);
  const waiting = useRef<(() => void) | null>(null);
  /** Whether the canvas draws the document's mission now (read by the resize observer, which outlives renders). */
  const drawsCurrent = useRef(drawn === current);
  useLayoutEffect(() => {
    drawsCurrent.current = drawn === current;
  }, [drawn, current]);
  const fit = useCallback(() => fitRect(flow, flowStore.getState(), bounds(), FIT_OPTIONS), [flow, flowStore, bounds]);

  // As the file changes, not a render later: a reveal asked for right after opening (the tutorial's first node)
  // must already find the new file waiting for its fit, or the fit would land after it and undo it.
  useEffect(
    () =>
      store.subscribe((next, previous) => {
        if (next.file === previous.file || !next.file) return;
        keepFitted.current = true;
        unfitted.current = true;
      }),
    [store],
  );

  /** The new file is fitted: what waited for it runs now. */
  const settled = useCallback(() => {
    unfitted.current = false;
    const run = waiting.current;
    waiting.current = null;
    run?.();
  }, []);

  useEffect(() => {
    if (unfitted.current && drawn === current && fit()) settled();
  }, [drawn, current, fit, settled]);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (keepFitted.current && fit() && drawsCurrent.current) settled();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fit, settled]);

  // Only moves the user makes carry an event; fits and zooms from code do not.
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) keepFitted.current = false;
  }, []);
  const setKeepFitted = useCallback((keep: boolean) => {
    keepFitted.current = keep;
  }, []);
  const onceDrawn = useCallback((run: () => void) => {
    if (unfitted.current) waiting.current = run;
    else run();
  }, []);
  return { canvas, onMoveStart, setKeepFitted, onceDrawn };
}
