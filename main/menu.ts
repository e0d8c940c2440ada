import { Menu } from 'electron';
import type { DocumentSession } from './document-session';
import { buildMenuTemplate } from './menu-template';
import type { RecentFiles } from './recent-files';
import { APP_NAME } from './window-title';

/** What the application menu reads and does. */
export interface MenuDeps {
  /** The window whose document the menu acts on (the focused one, else the main one). */
  activeSession(): DocumentSession | null;
  recent: RecentFiles;
  openRecent(path: string): void;
  devTools: boolean;
}

/** Installs the application menu; `refresh` rebuilds it from the current state (commands, recent files). */
export function installApplicationMenu(deps: MenuDeps): { refresh(): void } {
  const refresh = () => {
    const template = buildMenuTemplate(
      {
        platform: process.platform,
        appName: APP_NAME,
        commands: deps.activeSession()?.menuCommands() ?? [],
        recentFiles: deps.recent.list(),
        devTools: deps.devTools,
      },
      {
        runCommand: (id) => deps.activeSession()?.runCommand(id),
        openRecent: (path) => deps.openRecent(path),
        clearRecent: () => void deps.recent.clear(),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  deps.recent.onChange(refresh);
  refresh();
  return { refresh };
}
