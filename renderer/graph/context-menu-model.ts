import { INSERTABLE_TYPES } from '@mission-studio/core/edit';
import { NODE_TYPES, type NodeType, type Position } from '@mission-studio/core/format';
import { describeShortcut, parseShortcut } from '../commands/shortcuts';
import { NODE_KINDS } from './node-kinds';

/** What a context menu is for: a node (or the selection it is part of), an edge, or the empty canvas at a point. */
export type MenuTarget =
  | { kind: 'node'; nodeId: string; nodeType: NodeType }
  /** `point`: where on the canvas (flow coordinates) an inserted node goes. */
  | { kind: 'edge'; edgeId: string; source: string; target: string; point: Position }
  /** `point` is in flow coordinates: where "Add … Here" puts the node. */
  | { kind: 'pane'; point: Position }
  /** A connection dragged from `source`'s `port` and dropped on empty canvas at `point`: add a node there, connected. */
  | { kind: 'port'; source: string; port: string; point: Position };

/** One entry of a menu, before it meets the command registry. */
export type MenuEntry =
  | { kind: 'command'; id: string }
  | { kind: 'add'; type: NodeType }
  /** Split the edge with a new node of this type. */
  | { kind: 'insert'; type: NodeType }
  | { kind: 'go'; end: 'source' | 'target' }
  /** A sticky note where the menu was opened. */
  | { kind: 'note' }
  | { kind: 'separator' };

/** An entry that does something when picked. */
export type MenuAction = Exclude<MenuEntry, { kind: 'separator' }>;

/** What the menu needs to know of a registered command. */
export interface CommandInfo {
  label: string;
  shortcut?: string;
  enabled: boolean;
}

/** A row as the menu draws it: an item (with its shortcut hint) or a separator. */
export type MenuRow =
  | { kind: 'item'; key: string; label: string; hint?: string; ariaKeys?: string; disabled: boolean; action: MenuAction }
  | { kind: 'separator'; key: string };

const SEPARATOR: MenuEntry = { kind: 'separator' };
const command = (id: string): MenuEntry => ({ kind: 'command', id });

const EDIT_SELECTION: MenuEntry[] = [command('edit.cut'), command('edit.copy'), command('edit.duplicate'), command('edit.delete')];
// Breakpoints stop a run at a flow node; a group is only a frame, so it has none.
const NODE_MENU: MenuEntry[] = [...EDIT_SELECTION, SEPARATOR, command('run.playFromHere'), command('run.toggleBreakpoint')];
const GROUP_MENU: MenuEntry[] = EDIT_SELECTION;
const EDGE_MENU: MenuEntry[] = [
  { kind: 'go', end: 'source' },
  { kind: 'go', end: 'target' },
  SEPARATOR,
  ...INSERTABLE_TYPES.map((type): MenuEntry => ({ kind: 'insert', type })),
  SEPARATOR,
  command('edit.delete'),
];
const PANE_MENU: MenuEntry[] = [
  command('edit.undo'),
  command('edit.redo'),
  SEPARATOR,
  command('edit.paste'),
  command('edit.selectAll'),
  SEPARATOR,
  ...NODE_TYPES.map((type): MenuEntry => ({ kind: 'add', type })),
  { kind: 'note' },
  SEPARATOR,
  command('view.fit'),
  command('view.autoLayout'),
];

// A start takes no incoming edge and a group is a frame: neither can be the end of a connection.
const PORT_MENU: MenuEntry[] = NODE_TYPES.filter((t) => t !== 'start' && t !== 'group').map((type): MenuEntry => ({ kind: 'add', type }));

/** The entries of the menu for a target, in order; commands a view has not registered are dropped later. */
export function menuEntries(target: MenuTarget): readonly MenuEntry[] {
  if (target.kind === 'edge') return EDGE_MENU;
  if (target.kind === 'pane') return PANE_MENU;
  if (target.kind === 'port') return PORT_MENU;
  return target.nodeType === 'group' ? GROUP_MENU : NODE_MENU;
}

/** A shortcut in the form `aria-keyshortcuts` wants: `Mod+Shift+Z` is `Control+Shift+Z` (`Meta+Shift+Z` on macOS). */
export function ariaKeyShortcuts(shortcut: string, mac: boolean): string {
  const s = parseShortcut(shortcut);
  // The key as written (parseShortcut lowercases it): `ArrowLeft`, `Delete`, `F9`; a letter in capitals.
  const written = shortcut.slice(shortcut.lastIndexOf('+') + 1);
  const key = written.length === 1 ? written.toUpperCase() : written;
  return [s.mod && (mac ? 'Meta' : 'Control'), s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}

function labelOf(action: MenuAction): string {
  if (action.kind === 'add') return `Add ${NODE_KINDS[action.type].label} Here`;
  if (action.kind === 'insert') return `Insert ${NODE_KINDS[action.type].label} on Edge`;
  if (action.kind === 'go') return action.end === 'source' ? 'Go to Source Node' : 'Go to Target Node';
  if (action.kind === 'note') return 'Add Note Here';
  return action.id;
}

/**
 * The rows of a menu: commands with their registry label, shortcut hint and enabled state (unregistered ones left
 * out), and separators only between items (none first, last or twice in a row). "Add … Here" is disabled when
 * the mission cannot be edited (`editable` false: read-only or none open).
 */
export function menuRows(
  entries: readonly MenuEntry[],
  lookup: (id: string) => CommandInfo | undefined,
  mac: boolean,
  editable = true,
): MenuRow[] {
  const rows: MenuRow[] = [];
  let pendingSeparator = false;
  entries.forEach((entry, i) => {
    if (entry.kind === 'separator') {
      pendingSeparator = rows.length > 0;
      return;
    }
    const info = entry.kind === 'command' ? lookup(entry.id) : undefined;
    if (entry.kind === 'command' && !info) return;
    if (pendingSeparator) rows.push({ kind: 'separator', key: `separator-${i}` });
    pendingSeparator = false;
    const key =
      entry.kind === 'command'
        ? entry.id
        : entry.kind === 'go'
          ? `go-${entry.end}`
          : entry.kind === 'note'
            ? 'add-note'
            : `${entry.kind}-${entry.type}`;
    const edits = entry.kind === 'add' || entry.kind === 'insert' || entry.kind === 'note';
    const row: MenuRow = {
      kind: 'item',
      key,
      label: info?.label ?? labelOf(entry),
      disabled: info ? !info.enabled : edits && !editable,
      action: entry,
    };
    if (info?.shortcut) {
      row.hint = describeShortcut(info.shortcut, mac);
      row.ariaKeys = ariaKeyShortcuts(info.shortcut, mac);
    }
    rows.push(row);
  });
  return rows;
}

/** The keys that move focus in a menu. */
export type MenuKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

/**
 * The item focus moves to from row `from` (-1: none yet) on a key: down and up wrap around, separators are
 * skipped; disabled items take focus (so they can be read out) but cannot be picked. -1 when there is no item.
 */
export function nextItem(rows: readonly MenuRow[], from: number, key: MenuKey): number {
  const items = rows.flatMap((r, i) => (r.kind === 'item' ? [i] : []));
  if (items.length === 0) return -1;
  if (key === 'Home') return items[0] as number;
  if (key === 'End') return items[items.length - 1] as number;
  if (key === 'ArrowDown') return items.find((i) => i > from) ?? (items[0] as number);
  return [...items].reverse().find((i) => i < from) ?? (items[items.length - 1] as number);
}

/** The next item after `from` whose label starts with `letter` (type-ahead, wrapping around), or `from` if none. */
export function itemByLetter(rows: readonly MenuRow[], from: number, letter: string): number {
  const wanted = letter.toLowerCase();
  for (let step = 1; step <= rows.length; step++) {
    const i = (from + step + rows.length) % rows.length;
    const row = rows[i];
    if (row?.kind === 'item' && row.label.toLowerCase().startsWith(wanted)) return i;
  }
  return from;
}

/**
 * Where a menu of `size` opened at `at` goes so it stays inside `viewport` (all in window pixels): like a native
 * menu, it opens to the right and below, flips left or up when that side has no room, and is pushed inside by
 * `margin` when neither side fits.
 */
export function placeMenu(
  at: Position,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 4,
): Position {
  const axis = (start: number, extent: number, room: number): number => {
    const [low, high] = [margin, room - margin];
    if (start >= low && start + extent <= high) return start;
    if (start - extent >= low && start <= high) return start - extent;
    return Math.max(low, Math.min(start, high - extent));
  };
  return { x: axis(at.x, size.width, viewport.width), y: axis(at.y, size.height, viewport.height) };
}
