import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { FileRef } from '../state/editor-store';

/** How the whole mission is fitted: a little margin around it. */
export const FIT_OPTIONS = { padding: 0.08 };

/**
 * Shows a newly opened file whole (React Flow waits until its nodes are measured), and keeps it fitted while
 * the panels around the canvas settle or are resized, until the user pans, zooms or reveals a node. Fit View
 * turns it back on.
 */
export function useAutoFit(file: FileRef | null) {
  const flow = useReactFlow();
  const canvas = useRef<HTMLDivElement>(null);
  const keepFitted = useRef(true);

  useEffect(() => {
    if (!file) return;
    keepFitted.current = true;
    void flow.fitView(FIT_OPTIONS);
  }, [file, flow]);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (keepFitted.current) void flow.fitView(FIT_OPTIONS);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [flow]);

  // Only moves the user makes carry an event; fits and zooms from code do not.
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) keepFitted.current = false;
  }, []);
  const setKeepFitted = useCallback((keep: boolean) => {
    keepFitted.current = keep;
  }, []);
  return { canvas, onMoveStart, setKeepFitted };
}
