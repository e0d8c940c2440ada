import type { PlacementArea, Rect } from '@mission-studio/core/edit';

/** A box on the screen, as `getBoundingClientRect` gives it. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Screen pixels kept free at the view's edges, so a placed node is not flush against them. */
const MARGIN = 16;

/**
 * The visible canvas and the panels over it, in flow pixels, from their boxes on the screen: the canvas cut to
 * the window (less a margin), and each panel (minimap, zoom buttons) that lies over it. `transform` is React
 * Flow's `[x, y, zoom]`. None when the canvas is not on screen.
 */
export function placementAreaOf(
  canvas: ScreenBox,
  windowSize: { width: number; height: number },
  panels: readonly ScreenBox[],
  transform: readonly [number, number, number],
): PlacementArea | undefined {
  const [tx, ty, zoom] = transform;
  const toFlow = (b: ScreenBox): Rect => ({
    x: (b.left - canvas.left - tx) / zoom,
    y: (b.top - canvas.top - ty) / zoom,
    width: (b.right - b.left) / zoom,
    height: (b.bottom - b.top) / zoom,
  });
  const seen = {
    left: Math.max(canvas.left, 0) + MARGIN,
    top: Math.max(canvas.top, 0) + MARGIN,
    right: Math.min(canvas.right, windowSize.width) - MARGIN,
    bottom: Math.min(canvas.bottom, windowSize.height) - MARGIN,
  };
  if (seen.right <= seen.left || seen.bottom <= seen.top || zoom <= 0) return undefined;
  const over = panels.filter((p) => p.left < seen.right && p.right > seen.left && p.top < seen.bottom && p.bottom > seen.top);
  return { view: toFlow(seen), covered: over.map(toFlow) };
}

/** The placement area of a React Flow canvas on the page now (`root`: its `.react-flow` element). */
export function readPlacementArea(root: HTMLElement, transform: readonly [number, number, number]): PlacementArea | undefined {
  const panels = [...root.querySelectorAll<HTMLElement>('.react-flow__panel')].map((p) => p.getBoundingClientRect());
  return placementAreaOf(root.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight }, panels, transform);
}
