import { describe, expect, it, vi } from 'vitest';
import type { CommandContext } from './command.types';
import { createCommandRegistry } from './command-registry';
import { describeShortcut } from './shortcuts';

const ctx = { notify: vi.fn() } as unknown as CommandContext;
const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('createCommandRegistry', () => {
  it('runs a command by id and by its shortcut', () => {
    const run = vi.fn();
    const registry = createCommandRegistry(ctx);
    registry.register([{ id: 'edit.undo', label: 'Undo', menu: 'edit', shortcut: 'Mod+Z', run }]);
    expect(registry.run('edit.undo')).toBe(true);
    expect(registry.forKey(key('z', { ctrlKey: true }))?.id).toBe('edit.undo');
    expect(registry.forKey(key('z', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('uses Cmd for Mod on macOS', () => {
    const registry = createCommandRegistry(ctx, true);
    registry.register([{ id: 'a', label: 'A', menu: 'edit', shortcut: 'Mod+Shift+P', run: () => {} }]);
    expect(registry.forKey(key('P', { metaKey: true, shiftKey: true }))?.id).toBe('a');
    expect(registry.forKey(key('p', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
  });

  it('does not run a disabled command', () => {
    const run = vi.fn();
    const registry = createCommandRegistry(ctx);
    registry.register([{ id: 'x', label: 'X', menu: 'edit', run, enabled: () => false }]);
    expect(registry.run('x')).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it('removes the commands a view registered when it unregisters, and tells subscribers', () => {
    const registry = createCommandRegistry(ctx);
    const listener = vi.fn();
    registry.subscribe(listener);
    const unregister = registry.register([{ id: 'view.fit', label: 'Fit View', menu: 'view', run: () => {} }]);
    unregister();
    expect(registry.get('view.fit')).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('reports a failing command to the user instead of throwing', async () => {
    const notify = vi.fn();
    const registry = createCommandRegistry({ notify } as unknown as CommandContext);
    registry.register([{ id: 'file.save', label: 'Save', menu: 'file', run: async () => Promise.reject(new Error('disk full')) }]);
    registry.run('file.save');
    await new Promise((r) => setTimeout(r, 0));
    expect(notify).toHaveBeenCalledWith('Save failed: disk full');
  });
});

describe('describeShortcut', () => {
  it('shows shortcuts the way each platform writes them', () => {
    expect(describeShortcut('Mod+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(describeShortcut('Mod+Shift+P', true)).toBe('⌘⇧P');
    expect(describeShortcut('Delete', false)).toBe('Delete');
  });

  it('names arrow keys and other named keys as menus do, not in the lower case they are matched in', () => {
    expect(describeShortcut('Mod+Alt+ArrowLeft', false)).toBe('Ctrl+Alt+Left');
    expect(describeShortcut('Mod+Alt+ArrowRight', true)).toBe('⌘⌥Right');
    expect(describeShortcut('Escape', false)).toBe('Esc');
  });
});
