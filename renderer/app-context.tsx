import { createContext, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { Command } from './commands/command.types';
import type { PreviewActions, PreviewState } from './preview/preview-store';
import type { AppServices } from './services';
import type { CheckActions, CheckState } from './state/check-store';
import type { EditorActions, EditorState } from './state/editor-store';
import type { UiActions, UiState } from './state/ui-store';
import type { TranslationActions, TranslationState } from './translations/translation-store';

export type { AppServices } from './services';

export const AppContext = createContext<AppServices | null>(null);

/** The app's services; throws outside <AppContext.Provider>, which is a programming error. */
export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices() needs <AppContext.Provider>');
  return services;
}

/** Reads a slice of the document (mission, history, file, draft); the view re-renders when that slice changes. */
export function useEditor<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useServices().store, selector);
}

/** Reads a slice of the UI state (selection, panels). */
export function useUi<T>(selector: (state: UiState & UiActions) => T): T {
  return useStore(useServices().ui, selector);
}

/** Reads a slice of what the pipeline derived (text, diagnostics, play check). */
export function useChecks<T>(selector: (state: CheckState & CheckActions) => T): T {
  return useStore(useServices().checks, selector);
}

/** Reads a slice of the preview (the run, its settings); return stable values. */
export function usePreview<T>(selector: (state: PreviewState & PreviewActions) => T): T {
  return useStore(useServices().preview, selector);
}

/** Reads a slice of the translations (string tables) the window has. */
export function useTranslations<T>(selector: (state: TranslationState & TranslationActions) => T): T {
  return useStore(useServices().translations, selector);
}

/** The registered commands, kept current as views add and remove theirs. */
export function useCommands(): readonly Command[] {
  const { commands } = useServices();
  return useSyncExternalStore(commands.subscribe, commands.all);
}
