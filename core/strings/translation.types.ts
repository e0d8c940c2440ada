/** A translation as read from a string table (`NAME.LANG.strings.csv`), and what checking it finds. */
import type { MissionString } from './mission-strings';

/** One translated string of a table. */
export interface TranslationEntry {
  id: string;
  /** The translated text (line breaks as `\n`, whatever the spreadsheet wrote). */
  text: string;
  /** The fingerprint of the source text it was translated from (`source-hash.ts`); '' when the table has none. */
  sourceHash: string;
  /** The translator's or designer's notes, kept when the table is exported again. */
  notes: string;
  /** Its line in the table, from 1 (a row with a line break in a cell takes several). */
  line: number;
}

/** A language's translation: the entries of its table by string id. */
export interface Translation {
  /** A BCP 47 tag, as in `meta.languages`. */
  language: string;
  /** The table's file name, to name it in messages. */
  fileName: string;
  entries: ReadonlyMap<string, TranslationEntry>;
  /** Notes kept for strings that have no translation yet (a row with notes and an empty translation). */
  notes: ReadonlyMap<string, string>;
}

/** What a translation lacks or has wrong against the mission as it is now. */
export interface TranslationReport {
  language: string;
  fileName: string;
  /** Strings of the mission that need a translation (those with empty source text need none). */
  total: number;
  /** Of those, how many have a translation of their current source text. */
  current: number;
  missing: MissionString[];
  /** Translated from an older source text. */
  stale: Array<{ string: MissionString; entry: TranslationEntry }>;
  /** Rows whose id is no string of the mission (renamed, deleted, or a typo). */
  unknown: TranslationEntry[];
  /** Translations longer than the string's `max_length`. */
  tooLong: Array<{ string: MissionString; entry: TranslationEntry; max: number }>;
}
