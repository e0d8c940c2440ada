// The native menu as a pure function of state: which commands the renderer has (label, enabled, shortcut), the
// recent files and the platform. Only types come from Electron, so this is unit-tested in plain Node.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandState } from '../preload/ipc-contract';

/** A command's place in the menu: its id in the renderer's registry, and label and accelerator until it reports its own. */
export interface CommandSlot {
  id: string;
  label: string;
  accelerator?: string;
}

type Entry = CommandSlot | 'separator' | 'recent' | 'quit' | 'devtools';

/** The menus, in order. Ids are the registry's; a command the renderer has not registered shows disabled. */
export const MENU_LAYOUT: ReadonlyArray<{ label: string; entries: readonly Entry[] }> = [
  {
    label: 'File',
    entries: [
      { id: 'file.new', label: 'New', accelerator: 'CmdOrCtrl+N' },
      { id: 'file.open', label: 'Open…', accelerator: 'CmdOrCtrl+O' },
      'recent',
      { id: 'file.import', label: 'Import…' },
      'separator',
      { id: 'file.save', label: 'Save', accelerator: 'CmdOrCtrl+S' },
      { id: 'file.saveAs', label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S' },
      { id: 'file.saveCopy', label: 'Save a Copy…' },
      { id: 'file.export', label: 'Export…', accelerator: 'CmdOrCtrl+E' },
      { id: 'file.collaborate', label: 'Collaborate…' },
      'separator',
      { id: 'file.close', label: 'Close', accelerator: 'CmdOrCtrl+W' },
      'quit',
    ],
  },
  {
    label: 'Edit',
    entries: [
      { id: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
      { id: 'edit.redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      { id: 'edit.history', label: 'History…' },
      'separator',
      { id: 'edit.cut', label: 'Cut', accelerator: 'CmdOrCtrl+X' },
      { id: 'edit.copy', label: 'Copy', accelerator: 'CmdOrCtrl+C' },
      { id: 'edit.paste', label: 'Paste', accelerator: 'CmdOrCtrl+V' },
      { id: 'edit.duplicate', label: 'Duplicate', accelerator: 'CmdOrCtrl+D' },
      { id: 'edit.delete', label: 'Delete', accelerator: 'Delete' },
      { id: 'edit.selectAll', label: 'Select All', accelerator: 'CmdOrCtrl+A' },
      { id: 'edit.titleInPlace', label: 'Edit Title in Place', accelerator: 'F2' },
      'separator',
      { id: 'edit.find', label: 'Find…', accelerator: 'CmdOrCtrl+F' },
    ],
  },
  {
    label: 'View',
    entries: [
      { id: 'view.fit', label: 'Fit View', accelerator: 'CmdOrCtrl+0' },
      { id: 'view.zoomIn', label: 'Zoom In', accelerator: 'CmdOrCtrl+=' },
      { id: 'view.zoomOut', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
      { id: 'view.autoLayout', label: 'Auto-layout', accelerator: 'CmdOrCtrl+Shift+L' },
      'separator',
      { id: 'view.toggleInspector', label: 'Toggle Inspector' },
      { id: 'view.toggleSource', label: 'Toggle Source' },
      { id: 'view.toggleProblems', label: 'Toggle Problems' },
      { id: 'view.togglePreview', label: 'Toggle Preview' },
      'separator',
      { id: 'view.commandPalette', label: 'Command Palette…', accelerator: 'CmdOrCtrl+Shift+P' },
      'devtools',
    ],
  },
  {
    label: 'Run',
    entries: [
      { id: 'run.play', label: 'Play', accelerator: 'F5' },
      { id: 'run.stepBack', label: 'Step Back', accelerator: 'Shift+F5' },
      { id: 'run.stepForward', label: 'Step Forward', accelerator: 'CmdOrCtrl+Alt+Right' },
      { id: 'run.restart', label: 'Restart', accelerator: 'CmdOrCtrl+Shift+F5' },
      'separator',
      { id: 'run.playFromHere', label: 'Play From Here' },
      { id: 'run.toggleBreakpoint', label: 'Toggle Breakpoint', accelerator: 'F9' },
    ],
  },
  {
    label: 'Help',
    entries: [
      { id: 'help.tutorial', label: 'Open Tutorial' },
      { id: 'help.about', label: 'About Mission Studio' },
      { id: 'help.readme', label: 'Read Me' },
    ],
  },
];

/** Everything the menu depends on. */
export interface MenuModel {
  platform: NodeJS.Platform;
  appName: string;
  /** What the renderer last reported; empty before it has. */
  commands: readonly MenuCommandState[];
  recentFiles: readonly string[];
  /** Offer Toggle Developer Tools (unpackaged builds only). */
  devTools: boolean;
}

/** What menu items do when chosen. */
export interface MenuActions {
  runCommand(id: string): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/** Builds the template for Menu.buildFromTemplate. */
export function buildMenuTemplate(model: MenuModel, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = model.platform === 'darwin';
  const reported = new Map(model.commands.map((command) => [command.id, command]));
  const item = (entry: Entry): MenuItemConstructorOptions[] => {
    if (entry === 'separator') return [{ type: 'separator' }];
    if (entry === 'recent') return [recentMenu(model.recentFiles, actions)];
    // macOS puts Quit in the application menu.
    if (entry === 'quit') return mac ? [] : [{ type: 'separator' }, { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' }];
    if (entry === 'devtools') return model.devTools ? [{ type: 'separator' }, { role: 'toggleDevTools' }] : [];
    // macOS shows About in the application menu instead.
    if (mac && entry.id === 'help.about') return [];
    return [commandItem(entry, reported.get(entry.id), actions)];
  };
  const menus: MenuItemConstructorOptions[] = MENU_LAYOUT.map((menu) => ({
    label: menu.label,
    submenu: menu.entries.flatMap(item),
  }));
  if (!mac) return menus;
  const about = commandItem({ id: 'help.about', label: `About ${model.appName}` }, reported.get('help.about'), actions);
  const appMenu: MenuItemConstructorOptions = {
    label: model.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [appMenu, ...menus];
}

function commandItem(slot: CommandSlot, reported: MenuCommandState | undefined, actions: MenuActions): MenuItemConstructorOptions {
  const shortcut = reported?.shortcut === undefined ? undefined : toAccelerator(reported.shortcut);
  const accelerator = shortcut ?? slot.accelerator;
  const item: MenuItemConstructorOptions = {
    id: slot.id,
    label: reported?.label || slot.label,
    enabled: reported?.enabled ?? false,
    click: () => actions.runCommand(slot.id),
  };
  if (accelerator !== undefined) {
    item.accelerator = accelerator;
    // The page routes its own shortcuts (and leaves them to text fields where they mean something there), so the
    // menu only shows them. Where Electron cannot do that (macOS), a key the page handled never reaches the menu.
    item.registerAccelerator = shortcut === undefined;
  }
  return item;
}

function recentMenu(files: readonly string[], actions: MenuActions): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] =
    files.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : [
          // `&` marks a mnemonic on Windows and Linux; `&&` is a literal one.
          ...files.map((path, index) => ({
            id: `file.recent.${index}`,
            label: path.replace(/&/g, '&&'),
            click: () => actions.openRecent(path),
          })),
          { type: 'separator' },
          { id: 'file.clearRecent', label: 'Clear Recent', click: () => actions.clearRecent() },
        ];
  return { id: 'file.openRecent', label: 'Open Recent', submenu };
}

const KEY_NAMES: Record<string, string> = {
  arrowup: 'Up',
  arrowdown: 'Down',
  arrowleft: 'Left',
  arrowright: 'Right',
  escape: 'Esc',
  ' ': 'Space',
  '+': 'Plus',
};

/**
 * The Electron accelerator for a registry shortcut (`Mod+Shift+Z` -> `CmdOrCtrl+Shift+Z`), or undefined when
 * the shortcut names no key.
 */
export function toAccelerator(shortcut: string): string | undefined {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  if (key === '') return undefined;
  const modifiers = parts.map((part) => {
    const lower = part.toLowerCase();
    if (lower === 'mod') return 'CmdOrCtrl';
    if (lower === 'ctrl') return 'Ctrl';
    if (lower === 'shift') return 'Shift';
    if (lower === 'alt') return 'Alt';
    return part;
  });
  const named = KEY_NAMES[key.toLowerCase()] ?? (key.length === 1 ? key.toUpperCase() : key[0]!.toUpperCase() + key.slice(1));
  return [...modifiers, named].join('+');
}
