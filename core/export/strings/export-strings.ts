/**
 * The `strings` export: the string table a localization team translates (core/strings/string-table.ts has its
 * columns). With a language (`--lang fr`) and that language's translation at hand, its texts and notes are filled
 * in, so a table sent out again keeps the work already done.
 */
import type { Mission } from '../../format/mission.types';
import { missionLanguages } from '../../strings/mission-strings';
import { STRING_TABLE_COLUMNS, stringTableRows } from '../../strings/string-table';
import { csvText } from '../csv-text';
import type { ExportOptions, ExportResult } from '../export.types';

/** The table of every string that needs a translation, in file order. */
export function exportStrings(mission: Mission, options: ExportOptions = {}): ExportResult {
  const source = missionLanguages(mission)[0];
  const language = options.language === source ? undefined : options.language;
  const translation = language === undefined ? undefined : options.translations?.find((t) => t.language === language);
  const rows = stringTableRows(mission, translation).map((row) => STRING_TABLE_COLUMNS.map((c) => row[c]));
  return { text: csvText(STRING_TABLE_COLUMNS, rows), diagnostics: [] };
}
