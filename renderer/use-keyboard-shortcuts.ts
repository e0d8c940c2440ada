import { useEffect } from 'react';
import { useServices } from './app-context';

// In text fields these keys keep their usual meaning (copy the text, delete a character), not the graph's; F2
// is Monaco's rename, not the canvas's edit title in place.
const TEXT_KEYS = new Set(['c', 'x', 'v', 'a', 'delete', 'backspace', 'z', 'y', 'escape', 'f2']);
// Monaco has its own find (Mod+F) and replace (Mod+H): inside the editor those stay Monaco's.
const MONACO_KEYS = new Set(['f', 'h']);

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.closest('.monaco-editor') !== null
  );
}

/** Routes key presses to the command registry, so shortcuts, menus and the palette run the same commands. */
export function useKeyboardShortcuts(): void {
  const { commands } = useServices();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTextField(event.target) && TEXT_KEYS.has(event.key.toLowerCase())) return;
      // A menu or a dialog closes on Escape itself: the key is theirs, not the canvas's.
      if (
        event.key === 'Escape' &&
        (event.defaultPrevented ||
          (event.target instanceof HTMLElement && event.target.closest('[role="dialog"], [role="menu"], [role="listbox"]')))
      )
        return;
      if (event.target instanceof HTMLElement && event.target.closest('.monaco-editor') && MONACO_KEYS.has(event.key.toLowerCase())) return;
      const command = commands.forKey(event);
      if (command && commands.run(command.id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
