import { createContext, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { CommandRegistry } from './commands/command-registry';
import type { Command, CommandContext } from './commands/command.types';
import type { EditorActions, EditorState, EditorStore } from './state/editor-store';

/** What every view can reach: the store, the command registry and the command context. */
export interface AppServices {
  store: EditorStore;
  commands: CommandRegistry;
  ctx: CommandContext;
  mac: boolean;
}

export const AppContext = createContext<AppServices | null>(null);

/** The app's services; throws outside <AppContext.Provider>, which is a programming error. */
export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices() needs <AppContext.Provider>');
  return services;
}

/** Reads a slice of the editor state; the view re-renders when that slice changes. */
export function useEditor<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useServices().store, selector);
}

/** The registered commands, kept current as views add and remove theirs. */
export function useCommands(): readonly Command[] {
  const { commands } = useServices();
  return useSyncExternalStore(commands.subscribe, commands.all);
}
