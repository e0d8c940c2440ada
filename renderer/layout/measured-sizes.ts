import type { MissionNode } from '@mission-studio/core/format';
import { estimateNodeSize, type NodeSize } from './elk-graph';

/**
 * The drawn size of each flow node on the canvas (`data-node-id` elements), in flow pixels: offsetWidth and
 * offsetHeight ignore the canvas zoom. Groups are skipped: the layout decides their size.
 */
export function measureNodeSizes(root: ParentNode): Map<string, NodeSize> {
  const sizes = new Map<string, NodeSize>();
  root.querySelectorAll<HTMLElement>('[data-node-id]').forEach((el) => {
    const id = el.dataset['nodeId'];
    if (id !== undefined && el.offsetWidth > 0 && el.offsetHeight > 0) sizes.set(id, { width: el.offsetWidth, height: el.offsetHeight });
  });
  return sizes;
}

/** Sizes for the layout: what the canvas drew where it drew it, an estimate elsewhere. */
export function sizeOfNodes(measured: ReadonlyMap<string, NodeSize>): (node: MissionNode) => NodeSize {
  return (node) => measured.get(node.id) ?? estimateNodeSize(node);
}
