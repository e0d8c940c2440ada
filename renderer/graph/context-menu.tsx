import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Position } from '@mission-studio/core/format';
import { itemByLetter, nextItem, placeMenu, type MenuAction, type MenuKey, type MenuRow } from './context-menu-model';
import './context-menu.css';

/** What opens a context menu: its rows, where (window pixels), and its accessible name. */
export interface ContextMenuProps {
  rows: readonly MenuRow[];
  at: Position;
  label: string;
  /** Runs a picked item (the menu has closed and given focus back by then). */
  onPick(action: MenuAction): void;
  onClose(): void;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * A menu of commands at a point, as a desktop app shows on right-click: `role="menu"` with `menuitem` buttons,
 * arrow keys, Home/End and type-ahead to move, Enter to pick, Escape or Tab to close and give focus back to
 * where it was, a click anywhere else to close. Kept inside the window; drawn in a portal above the panels.
 */
export function ContextMenu({ rows, at, label, onPick, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  // Where focus goes back to: what had it when the menu opened (a node, the canvas).
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const [place, setPlace] = useState<Position | null>(null);
  const [active, setActive] = useState(() => nextItem(rows, -1, 'ArrowDown'));

  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (box) setPlace(placeMenu(at, box, { width: window.innerWidth, height: window.innerHeight }));
  }, [at]);

  useEffect(() => {
    if (place) menu.current?.querySelector<HTMLElement>(`[data-row="${active}"]`)?.focus();
  }, [active, place]);

  useEffect(() => {
    const outside = (event: Event) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) onClose();
    };
    window.addEventListener('pointerdown', outside, true);
    window.addEventListener('wheel', outside, true);
    window.addEventListener('resize', onClose);
    window.addEventListener('blur', onClose);
    return () => {
      window.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('wheel', outside, true);
      window.removeEventListener('resize', onClose);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  const closeAndReturn = () => {
    onClose();
    returnTo?.focus({ preventScroll: true });
  };
  const pick = (row: MenuRow) => {
    if (row.kind !== 'item' || row.disabled) return;
    closeAndReturn();
    onPick(row.action);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // An open menu has the keyboard to itself, as a native one does: no app shortcut or canvas key behind it runs.
    event.stopPropagation();
    if (NAV_KEYS.has(event.key)) setActive((i) => nextItem(rows, i, event.key as MenuKey));
    else if (event.key === 'Escape' || event.key === 'Tab') closeAndReturn();
    else if (event.key === 'Enter' || event.key === ' ') {
      const row = rows[active];
      if (row) pick(row);
    } else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey)
      setActive((i) => itemByLetter(rows, i, event.key));
    else return;
    event.preventDefault();
  };

  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      aria-orientation="vertical"
      className="context-menu"
      style={{ left: (place ?? at).x, top: (place ?? at).y, visibility: place ? 'visible' : 'hidden' }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {rows.map((row, i) =>
        row.kind === 'separator' ? (
          <div key={row.key} role="separator" className="context-menu-separator" />
        ) : (
          <button
            key={row.key}
            type="button"
            role="menuitem"
            data-row={i}
            tabIndex={i === active ? 0 : -1}
            aria-disabled={row.disabled || undefined}
            aria-keyshortcuts={row.ariaKeys}
            className="context-menu-item"
            onClick={() => pick(row)}
            onPointerEnter={() => setActive(i)}
          >
            <span className="context-menu-label">{row.label}</span>
            {row.hint && (
              <kbd className="context-menu-hint" aria-hidden="true">
                {row.hint}
              </kbd>
            )}
          </button>
        ),
      )}
    </div>,
    document.body,
  );
}
