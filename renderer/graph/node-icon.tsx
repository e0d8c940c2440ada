import { memo } from 'react';
import type { NodeType } from '../../core/format/mission.types';
import { NODE_KINDS } from './node-kinds';

/** A node type's icon, in the `--kind` colour of its surroundings; decorative (the type is named nearby). */
export const NodeIcon = memo(function NodeIcon({ type }: { type: NodeType }) {
  const kind = NODE_KINDS[type];
  return (
    <svg className="node-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d={kind.icon} fill={kind.filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
});
