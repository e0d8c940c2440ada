import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '@mission-studio/core/format';
import { editorCommands } from '../commands/editor-commands';
import {
  ariaKeyShortcuts,
  itemByLetter,
  menuEntries,
  menuRows,
  nextItem,
  placeMenu,
  type CommandInfo,
  type MenuEntry,
  type MenuRow,
} from './context-menu-model';

// The real base commands, as the registry would answer for them, with Delete disabled (nothing selected).
const base = new Map(
  editorCommands().map((c): [string, CommandInfo] => [c.id, { label: c.label, shortcut: c.shortcut, enabled: c.id !== 'edit.delete' }]),
);
const lookup = (id: string) => base.get(id);
const labels = (rows: MenuRow[]) => rows.map((r) => (r.kind === 'item' ? r.label : '---'));

describe('menuEntries', () => {
  it('offers the editing commands, play from here and a breakpoint on a flow node, and neither run command on a group', () => {
    const ids = (entries: readonly MenuEntry[]) => entries.flatMap((e) => (e.kind === 'command' ? [e.id] : []));
    expect(ids(menuEntries({ kind: 'node', nodeId: 'a', nodeType: 'dialog' }))).toEqual([
      'edit.cut',
      'edit.copy',
      'edit.duplicate',
      'edit.delete',
      'run.playFromHere',
      'run.toggleBreakpoint',
    ]);
    const group = ids(menuEntries({ kind: 'node', nodeId: 'g', nodeType: 'group' }));
    expect(group).not.toContain('run.toggleBreakpoint');
    expect(group).not.toContain('run.playFromHere');
  });

  it('offers a node of every type that takes an incoming edge where a connection was dropped', () => {
    const adds = menuEntries({ kind: 'port', source: 'a', port: 'next', point: { x: 0, y: 0 } }).flatMap((e) =>
      e.kind === 'add' ? [e.type] : [],
    );
    expect(adds).toEqual(NODE_TYPES.filter((t) => t !== 'start' && t !== 'group'));
  });

  it('offers one "add here" entry per node type on the canvas', () => {
    const adds = menuEntries({ kind: 'pane', point: { x: 0, y: 0 } }).flatMap((e) => (e.kind === 'add' ? [e.type] : []));
    expect(adds).toEqual([...NODE_TYPES]);
  });
});

describe('menuRows', () => {
  it('takes labels, shortcut hints and enabled states from the registry', () => {
    const rows = menuRows(menuEntries({ kind: 'node', nodeId: 'a', nodeType: 'dialog' }), lookup, false);
    expect(rows[1]).toMatchObject({
      kind: 'item',
      label: 'Copy',
      hint: 'Ctrl+C',
      ariaKeys: 'Control+C',
      disabled: false,
      action: { kind: 'command', id: 'edit.copy' },
    });
    expect(rows.find((r) => r.kind === 'item' && r.label === 'Delete')).toMatchObject({
      disabled: true,
      hint: 'Delete',
      ariaKeys: 'Delete',
    });
  });

  it('leaves out commands nobody registered, and the separator that would then end the menu', () => {
    // run.toggleBreakpoint belongs to the preview pane, which is not registered here.
    const rows = menuRows(menuEntries({ kind: 'node', nodeId: 'a', nodeType: 'dialog' }), lookup, false);
    expect(labels(rows)).toEqual(['Cut', 'Copy', 'Duplicate', 'Delete']);
  });

  it('never puts a separator first, last or twice in a row, whatever is registered', () => {
    const entries = menuEntries({ kind: 'pane', point: { x: 0, y: 0 } }).concat(
      menuEntries({ kind: 'edge', edgeId: 'e', source: 'a', target: 'b', point: { x: 0, y: 0 } }),
    );
    const ids = entries.flatMap((e) => (e.kind === 'command' ? [e.id] : []));
    fc.assert(
      fc.property(fc.subarray(ids), (registered) => {
        const rows = menuRows(entries, (id) => (registered.includes(id) ? { label: id, enabled: true } : undefined), false);
        expect(rows[0]?.kind).not.toBe('separator');
        expect(rows[rows.length - 1]?.kind).not.toBe('separator');
        rows.forEach((r, i) => r.kind === 'separator' && expect(rows[i + 1]?.kind).toBe('item'));
      }),
    );
  });

  it("names the local actions after what they do, in the platform's shortcut style", () => {
    const pane = menuRows(menuEntries({ kind: 'pane', point: { x: 0, y: 0 } }), lookup, true);
    expect(labels(pane)).toContain('Add Dialog Here');
    expect(labels(pane)).toContain('Add Note Here');
    expect(pane.find((r) => r.kind === 'item' && r.label === 'Undo')).toMatchObject({ hint: '⌘Z', ariaKeys: 'Meta+Z' });
    const edge = menuRows(menuEntries({ kind: 'edge', edgeId: 'e', source: 'a', target: 'b', point: { x: 0, y: 0 } }), lookup, false);
    expect(labels(edge)).toEqual([
      'Go to Source Node',
      'Go to Target Node',
      '---',
      'Insert Narration on Edge',
      'Insert Set on Edge',
      'Insert Objective on Edge',
      '---',
      'Delete',
    ]);
  });

  it("disables adding nodes and notes and inserting nodes when the mission cannot be edited, and keeps going to an edge's ends", () => {
    const disabled = (rows: MenuRow[]) => rows.flatMap((r) => (r.kind === 'item' && r.disabled ? [r.key] : []));
    const readOnly = menuRows(menuEntries({ kind: 'pane', point: { x: 0, y: 0 } }), () => undefined, false, false);
    expect(disabled(readOnly)).toEqual([...NODE_TYPES.map((t) => `add-${t}`), 'add-note']);
    expect(disabled(menuRows(menuEntries({ kind: 'pane', point: { x: 0, y: 0 } }), () => undefined, false))).toEqual([]);
    expect(
      disabled(
        menuRows(
          menuEntries({ kind: 'edge', edgeId: 'e', source: 'a', target: 'b', point: { x: 0, y: 0 } }),
          () => undefined,
          false,
          false,
        ),
      ),
    ).toEqual(['insert-narration', 'insert-set', 'insert-objective']);
  });
});

describe('ariaKeyShortcuts', () => {
  it('spells modifiers the way aria-keyshortcuts expects', () => {
    expect(ariaKeyShortcuts('Mod+Shift+Z', false)).toBe('Control+Shift+Z');
    expect(ariaKeyShortcuts('Mod+Alt+ArrowLeft', true)).toBe('Meta+Alt+ArrowLeft');
    expect(ariaKeyShortcuts('F9', false)).toBe('F9');
  });
});

const item = (label: string, disabled = false): MenuRow => ({
  kind: 'item',
  key: label,
  label,
  disabled,
  action: { kind: 'go', end: 'source' },
});
const separator: MenuRow = { kind: 'separator', key: 's' };

describe('nextItem', () => {
  const rows = [item('Cut'), item('Copy', true), separator, item('Delete')];
  it('moves down and up over separators, wrapping at the ends', () => {
    expect(nextItem(rows, -1, 'ArrowDown')).toBe(0);
    expect(nextItem(rows, 0, 'ArrowDown')).toBe(1);
    expect(nextItem(rows, 1, 'ArrowDown')).toBe(3);
    expect(nextItem(rows, 3, 'ArrowDown')).toBe(0);
    expect(nextItem(rows, 3, 'ArrowUp')).toBe(1);
    expect(nextItem(rows, 0, 'ArrowUp')).toBe(3);
  });

  it('jumps to the first and last item', () => {
    expect(nextItem(rows, 1, 'Home')).toBe(0);
    expect(nextItem(rows, 0, 'End')).toBe(3);
  });

  it('always lands on an item from any row, or reports none in an empty menu', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom('ArrowDown' as const, 'ArrowUp' as const, 'Home' as const, 'End' as const),
        (kinds, start, key) => {
          const list = kinds.map((isItem, i) => (isItem ? item(`i${i}`) : { ...separator, key: `s${i}` }));
          const to = nextItem(list, start % list.length, key);
          if (kinds.includes(true)) expect(list[to]?.kind).toBe('item');
          else expect(to).toBe(-1);
        },
      ),
    );
  });
});

describe('itemByLetter', () => {
  it('finds the next item starting with a letter, wrapping around, and stays put when none does', () => {
    const rows = [item('Cut'), item('Copy'), separator, item('Delete')];
    expect(itemByLetter(rows, 0, 'c')).toBe(1);
    expect(itemByLetter(rows, 1, 'C')).toBe(0);
    expect(itemByLetter(rows, 0, 'd')).toBe(3);
    expect(itemByLetter(rows, 3, 'x')).toBe(3);
  });
});

describe('placeMenu', () => {
  const viewport = { width: 1000, height: 800 };
  it('opens at the point when the menu fits to the right and below', () => {
    expect(placeMenu({ x: 100, y: 100 }, { width: 200, height: 300 }, viewport)).toEqual({ x: 100, y: 100 });
  });

  it('flips left and up near the right and bottom edges', () => {
    expect(placeMenu({ x: 950, y: 700 }, { width: 200, height: 300 }, viewport)).toEqual({ x: 750, y: 400 });
  });

  it('keeps any menu that fits inside the window, wherever it is opened', () => {
    const coordinate = (max: number) => fc.integer({ min: -50, max: max + 50 });
    fc.assert(
      fc.property(
        coordinate(1000),
        coordinate(800),
        fc.integer({ min: 1, max: 992 }),
        fc.integer({ min: 1, max: 792 }),
        (x, y, width, height) => {
          const at = placeMenu({ x, y }, { width, height }, viewport);
          expect(at.x).toBeGreaterThanOrEqual(4);
          expect(at.y).toBeGreaterThanOrEqual(4);
          expect(at.x + width).toBeLessThanOrEqual(996);
          expect(at.y + height).toBeLessThanOrEqual(796);
        },
      ),
    );
  });
});
