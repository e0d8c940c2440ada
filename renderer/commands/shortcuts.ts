/** A parsed shortcut such as `Mod+Shift+P`. */
export interface Shortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

/** Parses `Mod+Shift+P` (key names as KeyboardEvent.key, case-insensitive for letters). */
export function parseShortcut(text: string): Shortcut {
  const parts = text.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const has = (name: string): boolean => parts.some((p) => p.toLowerCase() === name);
  return { key, mod: has('mod'), shift: has('shift'), alt: has('alt') };
}

/** The key event as the fields that matter: `mod` is Cmd on macOS and Ctrl elsewhere. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a key event triggers the shortcut. */
export function matchesShortcut(shortcut: Shortcut, event: KeyLike, mac: boolean): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  return (
    event.key.toLowerCase() === shortcut.key && mod === shortcut.mod && event.shiftKey === shortcut.shift && event.altKey === shortcut.alt
  );
}

// Parsing lower-cases key names; these are shown as menus usually name them.
const KEY_LABELS: Record<string, string> = {
  arrowleft: 'Left',
  arrowright: 'Right',
  arrowup: 'Up',
  arrowdown: 'Down',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  escape: 'Esc',
  ' ': 'Space',
};

/** How a shortcut is shown to the user on this platform: `Ctrl+Shift+P` or `⌘⇧P`. */
export function describeShortcut(text: string, mac: boolean): string {
  const s = parseShortcut(text);
  const key = KEY_LABELS[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key[0]?.toUpperCase() + s.key.slice(1));
  if (mac) return `${s.mod ? '⌘' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${key}`;
  return [s.mod && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}
