import { Position, type NodeHandle } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { handlePlaces, portHandleTop } from '@mission-studio/core/graph';

// The numbers live in core (the exported picture draws nodes from them too); React's and React Flow's shapes
// of them are here. node-geometry.test.ts beside this file keeps them equal to graph.css.
export { CONTENT_LINE, FLOW_NODE_WIDTH, flowNodeHeight, PORT_ROW, portHandleTop, TITLE_ROW } from '@mission-studio/core/graph';

const cache: CSSProperties[][] = [];

/** The style placing output handle `index`; one shared object per place, so a render allocates none. */
export function portHandleStyle(index: number, contentLines: number): CSSProperties {
  const list = (cache[contentLines] ??= []);
  return (list[index] ??= { top: portHandleTop(index, contentLines) });
}

/**
 * Where a flow node's handles are, relative to its top-left corner, exactly as the CSS draws them. Handing
 * these (and the node's size) to React Flow lets it draw nodes and edges in the first frame, instead of
 * hiding every node until it has measured the page (a thousand layouts before anything shows).
 */
export function flowNodeHandles(hasInput: boolean, portIds: readonly string[], contentLines: number): NodeHandle[] {
  return handlePlaces(hasInput, portIds, contentLines).map(({ side, ...place }) => ({
    ...place,
    position: side === 'left' ? Position.Left : Position.Right,
  }));
}
