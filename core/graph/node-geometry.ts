// A flow node's rows have fixed heights (renderer/graph/graph.css sets the same numbers, and a test there reads
// it), so each output handle's place is known without measuring. The canvas hands these places to React Flow up
// front; the exported picture draws nodes and edges from the same numbers, so both show the same thing.

/** Title row height, px. */
export const TITLE_ROW = 22;
/** One line of content, px; the content row adds 2 px below its lines and is left out when there are none. */
export const CONTENT_LINE = 18;
/** Space above the first port row: a 1 px rule and 2 px of padding. */
export const PORTS_TOP = 3;
/** One port row, px. */
export const PORT_ROW = 17;

/** A flow node's width, px (graph.css; placement.ts places new nodes by it). */
export const FLOW_NODE_WIDTH = 200;
/** The node's coloured top border, px: the rows start below it. */
export const FRAME_TOP = 3;
/** Below the last row: a 4 px padding and a 1 px bottom border. */
const FRAME_BELOW = 1 + 4;
/** The node's side borders, px: handles are centred on their inner edge. */
const FRAME_SIDE = 1;
/** Handles are squares of this side, px (graph.css). */
export const HANDLE = 9;
/** The input handle's centre below the top border (graph.css `.input-handle { top }`). */
const INPUT_HANDLE_TOP = 11;

/** Lines of content a node shows: two for a fight (its sides, then its goal), one for the rest. */
export const contentLinesFor = (type: string): number => (type === 'combat' ? 2 : 1);

/** Where output handle `index` sits (its centre, below the top border) beside its port's label. */
export function portHandleTop(index: number, contentLines: number): number {
  return TITLE_ROW + (contentLines > 0 ? contentLines * CONTENT_LINE + 2 : 0) + PORTS_TOP + index * PORT_ROW + PORT_ROW / 2;
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

/** A flow node's height from its rows: the title, `contentLines` lines of content, `portCount` port rows. */
export function flowNodeHeight(contentLines: number, portCount: number): number {
  const content = contentLines > 0 ? contentLines * CONTENT_LINE + 2 : 0;
  const ports = portCount > 0 ? PORTS_TOP + portCount * PORT_ROW : 0;
  return FRAME_TOP + TITLE_ROW + content + ports + FRAME_BELOW;
}

/** One handle of a flow node: the input (`id` null, on the left) or an output port (on the right). */
export interface HandlePlace {
  id: string | null;
  type: 'source' | 'target';
  side: 'left' | 'right';
  /** Its top-left corner relative to the node's, and its size, px. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a flow node's handles are, relative to its top-left corner, exactly as the CSS draws them. */
export function handlePlaces(hasInput: boolean, portIds: readonly string[], contentLines: number): HandlePlace[] {
  const handles: HandlePlace[] = [];
  const half = HANDLE / 2;
  if (hasInput)
    handles.push({
      id: null,
      type: 'target',
      side: 'left',
      x: FRAME_SIDE - half,
      y: FRAME_TOP + INPUT_HANDLE_TOP - half,
      width: HANDLE,
      height: HANDLE,
    });
  portIds.forEach((id, i) => {
    const y = FRAME_TOP + portHandleTop(i, contentLines) - half;
    handles.push({ id, type: 'source', side: 'right', x: FLOW_NODE_WIDTH - FRAME_SIDE - half, y, width: HANDLE, height: HANDLE });
  });
  return handles;
}
