import type { CSSProperties } from 'react';

// A flow node's rows have fixed heights (graph.css sets the same numbers), so each output handle's place is
// known without measuring: the handle can then sit on the node itself rather than in a wrapper per port row.
/** Title row height, px. */
export const TITLE_ROW = 22;
/** Content line height, px (the row is left out when a node has nothing to say). */
export const CONTENT_ROW = 20;
/** Space above the first port row: a 1 px rule and 2 px of padding. */
export const PORTS_TOP = 3;
/** One port row, px. */
export const PORT_ROW = 17;

const cache: Record<'with' | 'without', CSSProperties[]> = { with: [], without: [] };

/** The style placing output handle `index` beside its port's label; one shared object per place (no allocation per render). */
export function portHandleStyle(index: number, hasContent: boolean): CSSProperties {
  const list = cache[hasContent ? 'with' : 'without'];
  let style = list[index];
  if (!style) {
    const top = TITLE_ROW + (hasContent ? CONTENT_ROW : 0) + PORTS_TOP + index * PORT_ROW + PORT_ROW / 2;
    list[index] = style = { top };
  }
  return style;
}
