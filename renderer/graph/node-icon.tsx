import { memo } from 'react';
import type { NodeType } from '@mission-studio/core/format';
import { NODE_KINDS } from './node-kinds';

const COLORS = Object.fromEntries(Object.entries(NODE_KINDS).map(([type, kind]) => [type, { color: kind.color }])) as Record<
  NodeType,
  { color: string }
>;

/** A node type's glyph in the type's colour, for views outside the canvas (palette, inspector); decorative. */
export const NodeIcon = memo(function NodeIcon({ type }: { type: NodeType }) {
  return (
    <span className="node-icon" aria-hidden="true" style={COLORS[type]}>
      {NODE_KINDS[type].glyph}
    </span>
  );
});
