import { useRef, useState } from 'react';
import { useServices } from './app-context';
import { ContextMenu } from './graph/context-menu';
import type { MenuAction, MenuRow } from './graph/context-menu-model';

/** What the toolbar's Import menu offers: each item runs a registered command (the File menu lists the same). */
const IMPORT_ITEMS: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'file.import', label: 'Twine story…' },
  { id: 'file.importTranslation', label: 'Translation…' },
];

/**
 * The toolbar's one "Import" menu button in place of a button per kind of import (the toolbar had no room at
 * 1280 px). It opens the same keyboard-driven menu as the canvas's context menu, below the button.
 */
export function ImportMenu() {
  const { commands: registry } = useServices();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  // A press on the button while the menu is open closes it (the menu's outside-press does), and the click that
  // follows must not open it again.
  const wasOpen = useRef(false);
  const open = () => {
    const box = button.current?.getBoundingClientRect();
    if (box) setAt({ x: box.left, y: box.bottom + 2 });
  };
  const rows: MenuRow[] = IMPORT_ITEMS.map(({ id, label }) => ({
    kind: 'item',
    key: id,
    label,
    disabled: !registry.isEnabled(id),
    action: { kind: 'command', id },
  }));
  const pick = (action: MenuAction) => {
    if (action.kind === 'command') void registry.run(action.id);
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        aria-label="Import"
        title="Import a Twine story or a translation"
        onPointerDown={() => (wasOpen.current = at !== null)}
        onClick={() => {
          if (!wasOpen.current) open();
          wasOpen.current = false;
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            open();
          }
        }}
      >
        Import <span aria-hidden="true">▾</span>
      </button>
      {at && <ContextMenu rows={rows} at={at} label="Import" onPick={pick} onClose={() => setAt(null)} />}
    </>
  );
}
