import { useStore as useFlowStore } from '@xyflow/react';
import { memo } from 'react';
import { usePeersOn } from './use-collab';
import './collab.css';

/** The canvas zoom below which the marks stop shrinking with it, so names stay readable in the overview. */
const MIN_SCALE = 0.25;

/**
 * The others' selection drawn on a node: a ring in the colour of the first person who has it selected and a
 * name tag for each. Colours are checked `#rrggbb` (core/collab's presence), so they are safe in a style.
 */
export const PresenceMarks = memo(function PresenceMarks({ nodeId }: { nodeId: string }) {
  const peers = usePeersOn(nodeId);
  return peers.length === 0 ? null : <Marks peers={peers} />;
});

/** Drawn at the same size on screen at any zoom (only marked nodes follow the zoom, not every node). */
function Marks({ peers }: { peers: Array<{ colour: string; name: string }> }) {
  const zoom = useFlowStore((s) => s.transform[2]);
  const scale = 1 / Math.max(zoom, MIN_SCALE);
  const names = peers.map((p) => p.name).join(', ');
  return (
    <div
      className="presence-ring"
      style={{ borderColor: peers[0]?.colour, borderWidth: 3 * scale }}
      role="img"
      aria-label={`Selected by ${names}`}
      title={`Selected by ${names}`}
    >
      <div className="presence-tags" style={{ transform: `scale(${scale})` }} aria-hidden="true">
        {peers.map((p, i) => (
          <span key={i} className="presence-tag" style={{ background: p.colour }}>
            {p.name}
          </span>
        ))}
      </div>
    </div>
  );
}
