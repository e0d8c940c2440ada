import type { CSSProperties } from 'react';

// A flow node's rows have fixed heights (graph.css sets the same numbers), so each output handle's place is
// known without measuring: the handle can then sit on the node itself rather than in a wrapper per port row.
/** Title row height, px. */
export const TITLE_ROW = 22;
/** One line of content, px; the content row adds 2 px below its lines and is left out when there are none. */
export const CONTENT_LINE = 18;
/** Space above the first port row: a 1 px rule and 2 px of padding. */
export const PORTS_TOP = 3;
/** One port row, px. */
export const PORT_ROW = 17;

/** Lines of content a node shows: two for a fight (its sides, then its goal), one for the rest. */
export const contentLinesFor = (type: string): number => (type === 'combat' ? 2 : 1);

const cache: CSSProperties[][] = [];

/** Where output handle `index` sits beside its port's label, below `contentLines` lines of content. */
export function portHandleTop(index: number, contentLines: number): number {
  return TITLE_ROW + (contentLines > 0 ? contentLines * CONTENT_LINE + 2 : 0) + PORTS_TOP + index * PORT_ROW + PORT_ROW / 2;
}

/** The style placing output handle `index`; one shared object per place, so a render allocates none. */
export function portHandleStyle(index: number, contentLines: number): CSSProperties {
  const list = (cache[contentLines] ??= []);
  return (list[index] ??= { top: portHandleTop(index, contentLines) });
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
