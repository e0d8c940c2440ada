/** core/strings's public entry (@mission-studio/core/strings): what the app, the CLI and the tools use of it. */
export {
  checkTranslation,
  checkTranslations,
  coveragePercent,
  emptyTranslation,
  translationDiagnostics,
  translationSummaries,
} from './check-translation';
export { localizer, sourceText } from './localize';
export type { Localize } from './localize';
export { choiceStringId, continueStringId, missionLanguages, nameStringId, nodeTextStringId, optionStringId } from './mission-strings';
export { plural } from './plural';
export { languageOfTableName, parseStringTable, tableNameFor } from './parse-string-table';
export { STRING_TABLE_COLUMNS, stringTableRows } from './string-table';
export type { Translation, TranslationReport } from './translation.types';
