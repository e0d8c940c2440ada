/**
 * Shows a mission's strings in one of its languages: the translation's text where it has one, else the source
 * text, marked as a fallback so a player (or the preview) can show that it is untranslated.
 */
import type { Translation } from './translation.types';

/** A string as shown: its text, and whether it is the source text standing in for a missing translation. */
export interface LocalizedText {
  text: string;
  fallback: boolean;
}

/** Looks up a string by id, given its source text. */
export type Localize = (id: string, source: string) => LocalizedText;

/** The source language itself: every text as written, no fallbacks. */
export const sourceText: Localize = (_id, source) => ({ text: source, fallback: false });

/** A localizer into `translation`'s language; `undefined` (no table loaded) falls back for every string. */
export function localizer(translation: Translation | undefined): Localize {
  return (id, source) => {
    const entry = translation?.entries.get(id);
    // A string with no source text needs no translation and shows nothing: not a fallback.
    if (entry === undefined) return { text: source, fallback: source.trim() !== '' };
    return { text: entry.text, fallback: false };
  };
}
