import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommandState } from '../preload/ipc-contract';
import { buildMenuTemplate, MENU_LAYOUT, toAccelerator, type MenuModel } from './menu-template';

const model = (overrides: Partial<MenuModel> = {}): MenuModel => ({
  platform: 'linux',
  appName: 'Mission Studio',
  commands: [],
  recentFiles: [],
  devTools: false,
  ...overrides,
});

const actions = () => ({ runCommand: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() });

/** Every item of a template, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const find = (items: readonly MenuItemConstructorOptions[], id: string) => flatten(items).find((item) => item.id === id);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Run and Help menus with the usual items and accelerators', () => {
    const template = buildMenuTemplate(model(), actions());
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Run', 'Help']);
    const expected: Record<string, string> = {
      'file.new': 'CmdOrCtrl+N',
      'file.open': 'CmdOrCtrl+O',
      'file.save': 'CmdOrCtrl+S',
      'file.saveAs': 'CmdOrCtrl+Shift+S',
      'file.close': 'CmdOrCtrl+W',
      'edit.undo': 'CmdOrCtrl+Z',
      'edit.redo': 'CmdOrCtrl+Shift+Z',
      'edit.copy': 'CmdOrCtrl+C',
      'edit.selectAll': 'CmdOrCtrl+A',
      'edit.find': 'CmdOrCtrl+F',
      'view.zoomIn': 'CmdOrCtrl+=',
      'view.commandPalette': 'CmdOrCtrl+Shift+P',
      'run.play': 'F5',
    };
    for (const [id, accelerator] of Object.entries(expected)) expect(find(template, id)?.accelerator, id).toBe(accelerator);
    for (const id of [
      'file.export',
      'edit.duplicate',
      'edit.delete',
      'view.fit',
      'view.autoLayout',
      'view.toggleInspector',
      'view.toggleSource',
      'view.toggleProblems',
      'view.togglePreview',
      'run.stepBack',
      'run.restart',
      'help.about',
      'help.readme',
      'help.tutorial',
      'edit.history',
    ]) {
      expect(find(template, id), id).toBeDefined();
    }
    expect(flatten(template).some((item) => item.role === 'quit' && item.accelerator === 'CmdOrCtrl+Q')).toBe(true);
  });

  it('greys out every command until the renderer reports it, then follows its enabled state', () => {
    expect(flatten(buildMenuTemplate(model(), actions())).filter((item) => item.id?.includes('.') && item.enabled === true)).toEqual([]);
    const commands: MenuCommandState[] = [
      { id: 'file.save', label: 'Save', enabled: true, shortcut: 'Mod+S' },
      { id: 'edit.undo', label: 'Undo', enabled: false, shortcut: 'Mod+Z' },
    ];
    const template = buildMenuTemplate(model({ commands }), actions());
    expect(find(template, 'file.save')?.enabled).toBe(true);
    expect(find(template, 'edit.undo')?.enabled).toBe(false);
    expect(find(template, 'edit.redo')?.enabled).toBe(false);
  });

  it('takes labels and shortcuts from the registry, leaving the keys it routes to the page', () => {
    const commands: MenuCommandState[] = [{ id: 'view.fit', label: 'Fit to Window', enabled: true, shortcut: 'Shift+1' }];
    const template = buildMenuTemplate(model({ commands }), actions());
    expect(find(template, 'view.fit')).toMatchObject({ label: 'Fit to Window', accelerator: 'Shift+1', registerAccelerator: false });
    // A command without a page shortcut keeps the menu's own, registered so the key works at all.
    expect(find(template, 'file.new')).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: true });
  });

  it('sends the command id when an item is chosen', () => {
    const handlers = actions();
    const template = buildMenuTemplate(model(), handlers);
    click(find(template, 'file.save'));
    click(find(template, 'view.commandPalette'));
    expect(handlers.runCommand.mock.calls).toEqual([['file.save'], ['view.commandPalette']]);
  });

  it('lists recent files, opens the one chosen and can clear them', () => {
    const handlers = actions();
    const template = buildMenuTemplate(model({ recentFiles: ['/m/a.json', '/m/R&D.json'] }), handlers);
    const recent = find(template, 'file.openRecent');
    const labels = (recent?.submenu as MenuItemConstructorOptions[]).map((item) => item.label ?? item.type);
    expect(labels).toEqual(['/m/a.json', '/m/R&&D.json', 'separator', 'Clear Recent']);
    click(find(template, 'file.recent.1'));
    click(find(template, 'file.clearRecent'));
    expect(handlers.openRecent).toHaveBeenCalledWith('/m/R&D.json');
    expect(handlers.clearRecent).toHaveBeenCalledOnce();
  });

  it('says so when there are no recent files', () => {
    const recent = find(buildMenuTemplate(model(), actions()), 'file.openRecent');
    expect(recent?.submenu).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });

  it('adds the application menu on macOS, with About and Quit moved there', () => {
    const template = buildMenuTemplate(model({ platform: 'darwin' }), actions());
    expect(template.map((menu) => menu.label)).toEqual(['Mission Studio', 'File', 'Edit', 'View', 'Run', 'Help']);
    const appItems = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(appItems[0]?.id).toBe('help.about');
    expect(appItems.some((item) => item.role === 'quit')).toBe(true);
    expect(flatten(template).filter((item) => item.id === 'help.about')).toHaveLength(1);
    expect(flatten(template.slice(1)).some((item) => item.role === 'quit')).toBe(false);
  });

  it('offers developer tools only when asked to', () => {
    expect(flatten(buildMenuTemplate(model(), actions())).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(flatten(buildMenuTemplate(model({ devTools: true }), actions())).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('gives every command item a unique id', () => {
    const ids = MENU_LAYOUT.flatMap((menu) => menu.entries.flatMap((entry) => (typeof entry === 'object' ? [entry.id] : [])));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('toAccelerator', () => {
  it('turns registry shortcuts into Electron accelerators', () => {
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Mod+s')).toBe('CmdOrCtrl+S');
    expect(toAccelerator('Delete')).toBe('Delete');
    expect(toAccelerator('Alt+ArrowLeft')).toBe('Alt+Left');
    expect(toAccelerator('Escape')).toBe('Esc');
    expect(toAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('')).toBeUndefined();
  });
});
