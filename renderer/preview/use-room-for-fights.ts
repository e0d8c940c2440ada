import { useLayoutEffect, type RefObject } from 'react';
import type { PanelImperativeHandle } from 'react-resizable-panels';
import { selectRunState, usePreview } from './use-preview';

/** The smallest the panel below may get (its `minSize`, in percent of the workspace's height). */
const BELOW_MIN = 10;

/**
 * Room for a big fight in a short window: while a fight runs in the Preview and its units do not fit (the
 * combat view would scroll), the panel below the Preview (Source, Problems) gives way down to its minimum.
 * When the fight ends it gets its size back, unless the user resized it in the meantime.
 */
export function useRoomForFights(below: RefObject<PanelImperativeHandle | null>): void {
  const fighting = usePreview((s) => selectRunState(s)?.combat != null);
  useLayoutEffect(() => {
    const panel = below.current;
    const combat = document.querySelector<HTMLElement>('.preview .combat');
    if (!fighting || !panel || !combat || combat.scrollHeight <= combat.clientHeight + 1) return;
    const before = panel.getSize().asPercentage;
    if (before <= BELOW_MIN) return;
    panel.resize(`${BELOW_MIN}%`);
    return () => {
      // Only our own change is undone: a size the user chose during the fight stays.
      if (panel.getSize().asPercentage <= BELOW_MIN + 0.5) panel.resize(`${before}%`);
    };
  }, [fighting, below]);
}
