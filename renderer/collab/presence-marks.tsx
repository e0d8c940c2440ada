import { memo } from 'react';
import { usePeersOn } from './use-collab';
import './collab.css';

/**
 * The others' selection drawn on a node: a ring in the colour of the first person who has it selected and a
 * name tag for each. Colours are checked `#rrggbb` (core/collab's presence), so they are safe in a style.
 */
export const PresenceMarks = memo(function PresenceMarks({ nodeId }: { nodeId: string }) {
  const peers = usePeersOn(nodeId);
  const first = peers[0];
  if (!first) return null;
  const names = peers.map((p) => p.name).join(', ');
  return (
    <div className="presence-ring" style={{ borderColor: first.colour }} role="img" aria-label={`Selected by ${names}`} title={`Selected by ${names}`}>
      <div className="presence-tags" aria-hidden="true">
        {peers.map((p, i) => (
          <span key={i} className="presence-tag" style={{ background: p.colour }}>
            {p.name}
          </span>
        ))}
      </div>
    </div>
  );
});
