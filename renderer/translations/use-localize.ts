import { useMemo } from 'react';
import { localizer, sourceText, type Localize } from '@mission-studio/core/strings';
import { missionLanguages } from '@mission-studio/core/strings';
import { useTranslations } from '../app-context';
import { usePreview } from '../preview/use-preview';

/**
 * How the preview shows a string now: in the language picked in the preview (its translation, or the source
 * text marked as a fallback where the translation lacks it), or as written in the source language.
 */
export function usePreviewLocalize(): Localize {
  const language = usePreview((s) => {
    const languages = s.mission ? missionLanguages(s.mission) : [];
    // A language the mission no longer declares (undone, removed in the source) shows the source again.
    return s.language !== null && languages.indexOf(s.language) > 0 ? s.language : null;
  });
  const translations = useTranslations((s) => s.translations);
  return useMemo(
    () => (language === null ? sourceText : localizer(translations.find((t) => t.language === language))),
    [language, translations],
  );
}
