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

// Text is cut to fit once, when the node changes, rather than by CSS ellipsis on every row: a thousand nodes
// with four clipped, ellipsized rows each cost about twice what React Flow's default nodes do. The node body
// still clips, so an unusually wide string never spills out. Widths are px inside a 200 px node.
/** The title's room (12 px, semi-bold, after the glyph); semi-bold runs about 6% wider. */
export const TITLE_FIT = { width: 158 / 1.06, fontSize: 12 };
/** The content line's room (11 px). */
export const CONTENT_FIT = { width: 180, fontSize: 11 };
/** A port label's room beside its handle (11 px). */
export const PORT_FIT = { width: 156, fontSize: 11 };
