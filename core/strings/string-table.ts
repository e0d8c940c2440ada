/**
 * The string table: one row per player-visible string, the file a localization team translates in a spreadsheet
 * and sends back as `NAME.LANG.strings.csv` beside the mission. Its columns, in order:
 *
 *   string_id    the stable id (mission-strings.ts)        speaker      who says it (a line), else empty
 *   source_text  the text in the source language           translation  the translator's text (empty to do)
 *   context      where the player meets it, in words       max_length   the most characters the UI has room for
 *   notes        free text for translators, kept on re-export
 *   source_hash  the fingerprint of source_text when the row was written: a changed source makes it stale
 */
import type { Mission } from '../format/mission.types';
import { missionStrings, type MissionString, type MissionStringKind } from './mission-strings';
import { sourceHash } from './source-hash';
import type { Translation } from './translation.types';

/** The header row, in column order. `string_id` and `translation` are required when a table is read back. */
export const STRING_TABLE_COLUMNS = [
  'string_id',
  'speaker',
  'source_text',
  'translation',
  'context',
  'max_length',
  'notes',
  'source_hash',
] as const;

export type StringTableColumn = (typeof STRING_TABLE_COLUMNS)[number];

/**
 * Room the player's screens have, in characters, for the strings shown in tight places: names in the fight and
 * speaker labels, the title on the title screen, choices and hub options on buttons. Lines and endings wrap.
 */
const MAX_LENGTHS: Partial<Record<MissionStringKind, number>> = {
  'mission-title': 60,
  'cast-name': 40,
  'unit-name': 40,
  'location-name': 40,
  choice: 120,
  'hub-option': 120,
  'hub-continue': 120,
};

/** The most characters a translation of this string may have, or undefined when it may wrap freely. */
export function maxLengthOf(s: MissionString): number | undefined {
  return MAX_LENGTHS[s.kind];
}

/** Whether a string needs translating: one with empty source text (a start with no text) shows nothing. */
export function needsTranslation(s: MissionString): boolean {
  return s.text.trim() !== '';
}

/** One row of the table, by column. */
export type StringTableRow = Record<StringTableColumn, string>;

/**
 * The table's rows in file order. With a translation, its texts fill the translation column (and keep their old
 * source hash, so a stale one stays marked stale until someone checks it) and its notes are kept.
 */
export function stringTableRows(mission: Mission, translation?: Translation): StringTableRow[] {
  const names = new Map(mission.cast.map((c) => [c.id, c.name]));
  return missionStrings(mission)
    .filter(needsTranslation)
    .map((s) => {
      const entry = translation?.entries.get(s.id);
      const max = maxLengthOf(s);
      return {
        string_id: s.id,
        speaker: s.speaker === undefined ? '' : (names.get(s.speaker) ?? s.speaker),
        source_text: s.text,
        translation: entry?.text ?? '',
        context: s.context,
        max_length: max === undefined ? '' : String(max),
        notes: entry?.notes ?? translation?.notes.get(s.id) ?? '',
        source_hash: entry && entry.sourceHash !== '' ? entry.sourceHash : sourceHash(s.text),
      };
    });
}
