// Level of detail: what the canvas draws at a zoom. Full nodes are readable from about 0.75 (their 12 px title is
// 9 px on screen there); below that a node collapses to a chip, its whole title in type at a constant size on
// screen; far out, to a coloured bar, and the act frames carry the reading with their titles drawn large.
import { createContext } from 'react';

/** `full`: every row; `chips`: the title alone, readable; `overview`: coloured shapes and act titles. */
export type DetailLevel = 'full' | 'chips' | 'overview';

/** Below this zoom, nodes are chips. */
export const CHIPS_BELOW = 0.75;
/** Below this zoom, nodes are bars and only act titles are text. */
export const OVERVIEW_BELOW = 0.3;

/** The level of detail at a zoom. */
export function detailLevel(zoom: number): DetailLevel {
  if (zoom >= CHIPS_BELOW) return 'full';
  return zoom >= OVERVIEW_BELOW ? 'chips' : 'overview';
}

/**
 * Flow pixels per screen pixel for text that keeps its size on screen (chip titles, act titles), at least 1.
 * Rounded to steps of about 6%: a zoom gesture restyles the canvas a few times, not on every frame.
 */
export function labelScale(zoom: number): number {
  if (!(zoom > 0) || zoom >= 1) return 1;
  const steps = Math.round(Math.log2(1 / zoom) * 12);
  return Math.round(2 ** (steps / 12) * 1000) / 1000;
}

/** The level the canvas draws at, for its node components (changes only when a zoom crosses a threshold). */
export const DetailLevelContext = createContext<DetailLevel>('full');
