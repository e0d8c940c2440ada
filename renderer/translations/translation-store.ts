/**
 * The translations the window has for its mission: string tables read beside the file (Electron) or imported
 * (File > Import Translation…). They are the translators' files, never edited here, so they are not part of the
 * document or its undo history; opening another file drops them.
 */
import { createStore } from 'zustand/vanilla';
import type { Translation } from '@mission-studio/core/strings';

export interface TranslationState {
  /** At most one per language. */
  translations: readonly Translation[];
}

export interface TranslationActions {
  /** Adds a translation, replacing the one of the same language. */
  put(translation: Translation): void;
  /** Replaces them all (a mission was opened). */
  reset(translations: readonly Translation[]): void;
}

export type TranslationStore = ReturnType<typeof createTranslationStore>;

/** Creates the window's translation store. */
export function createTranslationStore() {
  return createStore<TranslationState & TranslationActions>()((set, get) => ({
    translations: [],
    put: (translation) => set({ translations: [...get().translations.filter((t) => t.language !== translation.language), translation] }),
    reset: (translations) => set({ translations: [...translations] }),
  }));
}
