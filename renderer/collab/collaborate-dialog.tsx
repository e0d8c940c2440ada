import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useEditor, useServices } from '../app-context';
import type { CollabSettings } from './collab-store';
import { CONNECTION_LABELS } from './connection-status';
import { useCollab } from './use-collab';
import './collab.css';

const FIELDS: Array<{ key: keyof CollabSettings; label: string; placeholder: string; secret?: boolean }> = [
  { key: 'url', label: 'Server URL', placeholder: 'ws://localhost:1234' },
  { key: 'room', label: 'Room', placeholder: 'second-wave' },
  { key: 'token', label: 'Token', placeholder: 'from mission-studio token ROOM', secret: true },
  { key: 'name', label: 'Your name', placeholder: 'shown to the others' },
];

/**
 * File > Collaborate…: join a room of `mission-studio serve` with the open mission (server URL, room, token and
 * the name the others see), see how the connection stands and who is here, and leave again.
 */
export function CollaborateDialog({ onClose }: { onClose(): void }) {
  const { collab } = useServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const connection = useCollab((s) => s.connection);
  const reason = useCollab((s) => s.reason);
  const peers = useCollab((s) => s.peers);
  const colour = useCollab((s) => s.colour);
  const nodes = useEditor((s) => s.doc?.mission.nodes ?? null);
  const [settings, setSettings] = useState<CollabSettings>(() => collab.state.getState().settings);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => dialog.current?.showModal(), []);

  const connect = (event: FormEvent) => {
    event.preventDefault();
    setProblem(collab.connect(settings));
  };
  const titleOf = (id: string | null) => (id === null ? null : (nodes?.find((n) => n.id === id)?.title ?? id));
  const inRoom = connection !== null;

  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="desktop-dialog collaborate-dialog" onClose={onClose}>
      <h2 id={titleId}>Collaborate</h2>
      <p className="muted">
        Edit this mission live with others through a <code>mission-studio serve</code> server. Your file is still saved and backed up here
        as always; Undo takes back only your own edits.
      </p>
      <form onSubmit={connect}>
        <div className="collab-fields">
          {FIELDS.map((field) => (
            <label key={field.key} className="desktop-dialog-field">
              {field.label}
              <input
                type={field.secret ? 'password' : 'text'}
                value={settings[field.key]}
                placeholder={field.placeholder}
                disabled={inRoom}
                spellCheck={false}
                autoComplete="off"
                onChange={(event) => setSettings({ ...settings, [field.key]: event.target.value })}
              />
            </label>
          ))}
        </div>
        {problem && (
          <p role="alert" className="collab-problem">
            {problem}
          </p>
        )}
        {inRoom && (
          <div className="collab-room">
            <p>
              <span className={`status-collab-dot connection-${connection}`} aria-hidden="true" />{' '}
              <strong>{CONNECTION_LABELS[connection]}</strong>
              {reason && connection === 'refused' && <span className="muted"> ({reason}: check the token and the room)</span>}
              {connection === 'offline' && <span className="muted"> — they are sent when the server is back</span>}
            </p>
            <ul className="collab-people" aria-label="People in the room">
              <li>
                <span className="peer-dot" style={{ background: colour ?? undefined }} aria-hidden="true" />
                {settings.name.trim() || 'Guest'} <span className="muted">(you)</span>
              </li>
              {peers.map((p) => (
                <li key={p.clientId}>
                  <span className="peer-dot" style={{ background: p.colour }} aria-hidden="true" />
                  {p.name} <span className="muted">{p.selected === null ? '' : `on “${titleOf(p.selected)}”`}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="desktop-dialog-buttons">
          {inRoom ? (
            <button type="button" onClick={() => collab.disconnect()}>
              Disconnect
            </button>
          ) : (
            <button type="submit" className="primary">
              Connect
            </button>
          )}
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
