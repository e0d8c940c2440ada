import { useServices } from '../app-context';
import { CONNECTION_LABELS } from './connection-status';
import { useCollab } from './use-collab';
import './collab.css';

/** The status bar's part of a live room: how the connection stands and who else is here (nothing when not in one). */
export function CollabStatus() {
  const { commands } = useServices();
  const connection = useCollab((s) => s.connection);
  const peers = useCollab((s) => s.peers);
  const room = useCollab((s) => s.settings.room);
  if (connection === null) return null;
  return (
    <span className="status-collab">
      {/* A button: the dialog holds the details (and Disconnect). The status role announces changes politely. */}
      <button
        type="button"
        className="status-collab-button"
        onClick={() => commands.run('file.collaborate')}
        title={`Room “${room}”: open Collaborate…`}
      >
        <span className={`status-collab-dot connection-${connection}`} aria-hidden="true" />
        <span role="status" aria-label="Collaboration">
          {CONNECTION_LABELS[connection]}
        </span>
      </button>
      {peers.length > 0 && (
        <ul className="status-peers" aria-label="People here">
          {peers.map((p) => (
            <li key={p.clientId} title={p.name}>
              <span className="peer-dot" style={{ background: p.colour }} aria-hidden="true" />
              {p.name}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
