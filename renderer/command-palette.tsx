import { useEffect, useMemo, useRef, useState } from 'react';
import { useCommands, useServices } from './app-context';
import { describeShortcut } from './commands/shortcuts';

/** Ctrl+Shift+P: every command by name, filtered as you type, run with Enter. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { commands: registry, mac } = useServices();
  const commands = useCommands();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const seen = new Set<string>();
    return commands.filter((c) => {
      const key = c.label + c.menu;
      if (seen.has(key) || !registry.isEnabled(c.id)) return false;
      seen.add(key);
      const name = `${c.menu} ${c.label}`.toLowerCase();
      return words.every((w) => name.includes(w));
    });
  }, [commands, query, registry]);
  useEffect(() => input.current?.focus(), []);
  const run = (id: string | undefined) => {
    onClose();
    if (id) registry.run(id);
  };
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div role="dialog" aria-label="Command Palette" className="palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          aria-label="Command"
          placeholder="Type a command"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') run(matches[active]?.id);
            else return;
            e.preventDefault();
          }}
        />
        <ul role="listbox" aria-label="Commands">
          {matches.map((c, i) => (
            <li key={c.id} role="option" aria-selected={i === active} onMouseEnter={() => setActive(i)} onClick={() => run(c.id)}>
              <span className="palette-menu">{c.menu}</span> {c.label}
              {c.shortcut && <kbd>{describeShortcut(c.shortcut, mac)}</kbd>}
            </li>
          ))}
          {matches.length === 0 && <li className="palette-empty">No matching command</li>}
        </ul>
      </div>
    </div>
  );
}
