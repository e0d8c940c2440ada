/**
 * What the app shows of its translations: per declared language, the report of core's check (Problems panel
 * summaries, status bar coverage). Derived from (mission, translations) once per change of either, and cached
 * for the views that read it in the same render.
 */
import { checkTranslations, coveragePercent, translationSummaries } from '@mission-studio/core/strings';
import type { Mission } from '@mission-studio/core/format';
import type { Translation, TranslationReport } from '@mission-studio/core/strings';
import type { Diagnostic } from '@mission-studio/core/validate';

/** The translations' state against the mission. */
export interface TranslationStatus {
  reports: readonly TranslationReport[];
  /** One warning per language and kind, its strings as details. */
  summaries: readonly Diagnostic[];
  /** Per language but the source: the share of strings with a current translation. */
  coverage: ReadonlyArray<{ language: string; percent: number; current: number; total: number }>;
}

const EMPTY: TranslationStatus = { reports: [], summaries: [], coverage: [] };

let last: { mission: Mission; translations: readonly Translation[]; status: TranslationStatus } | null = null;

/** The status of `translations` against `mission` (the same object for the same inputs). */
export function translationStatus(mission: Mission | null, translations: readonly Translation[]): TranslationStatus {
  if (!mission || (mission.meta.languages?.length ?? 0) < 2) return EMPTY;
  if (last && last.mission === mission && last.translations === translations) return last.status;
  const reports = checkTranslations(mission, translations);
  const status: TranslationStatus = {
    reports,
    summaries: translationSummaries(mission, reports),
    coverage: reports.map((r) => ({ language: r.language, percent: coveragePercent(r), current: r.current, total: r.total })),
  };
  last = { mission, translations, status };
  return status;
}
