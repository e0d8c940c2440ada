import { useCommands, useEditor, useServices } from './app-context';
import { describeShortcut } from './commands/shortcuts';
import { ImportMenu } from './import-menu';
import { isDirty } from './state/editor-store';

/** Toolbar buttons: each runs a registered command, named by the command's label (what tests and screen readers use). */
const BUTTONS: Array<{ id: string; label: string }> = [
  { id: 'file.new', label: 'New' },
  { id: 'file.open', label: 'Open' },
  { id: 'file.save', label: 'Save' },
  { id: 'file.export', label: 'Export…' },
  { id: 'edit.undo', label: 'Undo' },
  { id: 'edit.redo', label: 'Redo' },
  { id: 'view.autoLayout', label: 'Auto-layout' },
  { id: 'view.fit', label: 'Fit view' },
  { id: 'edit.find', label: 'Find' },
];

/** The top bar: the mission's title with a dirty mark, and the main actions. */
export function Toolbar() {
  const { commands: registry, mac } = useServices();
  const commands = useCommands();
  // Re-render on every state change that can flip a button's enabled state.
  const doc = useEditor((s) => s.doc);
  const dirty = useEditor(isDirty);
  const title = doc?.mission.meta.title ?? 'Mission Studio';
  const file = useEditor((s) => s.file);
  const readOnly = useEditor((s) => s.readOnly);
  // While a room is shared, Undo and Redo name the room's steps (and may change without the mission changing).
  useEditor((s) => s.shared);
  return (
    <header className="app-header">
      <span className="app-name">Mission Studio</span>
      <h1 title={title}>
        {title}
        {dirty && (
          <span aria-label="unsaved changes" className="dirty-mark">
            {' '}
            ●
          </span>
        )}
      </h1>
      {file && (
        <span className="file-name" title={file.name}>
          {file.name}
          {readOnly ? ' (read-only: does not load)' : ''}
        </span>
      )}
      <nav aria-label="Toolbar" className="toolbar">
        {BUTTONS.map(({ id, label }) => {
          const command = commands.find((c) => c.id === id);
          if (!command) return null;
          const shortcut = command.shortcut ? ` (${describeShortcut(command.shortcut, mac)})` : '';
          // Undo and Redo name their step ("Undo Move 3 Nodes"): in the tooltip, and as the button's description.
          const now = registry.labelNow(id);
          const step = now !== command.label && now.startsWith(`${command.label} `) ? now.slice(command.label.length + 1) : null;
          const button = (
            <button
              key={id}
              type="button"
              aria-label={label}
              aria-description={step ?? undefined}
              title={step ? `${command.label}: ${step}${shortcut}` : `${command.label}${shortcut}`}
              disabled={!registry.isEnabled(id)}
              onClick={() => registry.run(id)}
            >
              {label}
            </button>
          );
          // The Import menu (a story, a translation) sits beside Open, as File > Import… does in the menu.
          return id === 'file.open' ? [button, <ImportMenu key="import" />] : button;
        })}
      </nav>
    </header>
  );
}
