/**
 * The string tables beside a mission file (`NAME.LANG.strings.csv`, one per declared language but the source),
 * read for `export` (runtime and html carry them; strings fills its translation column) and `strings check`.
 */
import { basename, dirname, join } from 'node:path';
import type { Mission } from '@mission-studio/core/format';
import { missionLanguages } from '@mission-studio/core/strings';
import { parseStringTable, tableNameFor } from '@mission-studio/core/strings';
import type { Translation } from '@mission-studio/core/strings';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { CliIo } from './cli-io';

/** A table file read: its translation (when it is a table), what reading it found, or why it could not be read. */
export type TableFile =
  | { file: string; language: string; status: 'read'; translation: Translation | null; problems: Diagnostic[] }
  | { file: string; language: string; status: 'absent' }
  | { file: string; language: string; status: 'unreadable'; message: string };

/** The path of `language`'s table beside `missionFile`. */
function siblingTablePath(missionFile: string, language: string): string {
  return join(dirname(missionFile), tableNameFor(basename(missionFile), language));
}

/** Reads one table file as the translation into `language`. */
export async function readTableFile(io: CliIo, file: string, language: string): Promise<TableFile> {
  const read = await io.readText(file);
  if (!read.ok)
    return read.message.endsWith('no such file')
      ? { file, language, status: 'absent' }
      : { file, language, status: 'unreadable', message: read.message };
  const parsed = parseStringTable(read.text, basename(file), language);
  return { file, language, status: 'read', translation: parsed.ok ? parsed.translation : null, problems: parsed.problems };
}

/** The table of every declared language but the source that sits beside the mission (absent ones say so). */
export async function readSiblingTables(io: CliIo, missionFile: string, mission: Mission): Promise<TableFile[]> {
  return Promise.all(
    missionLanguages(mission)
      .slice(1)
      .map((language) => readTableFile(io, siblingTablePath(missionFile, language), language)),
  );
}

/** The translations among tables read. */
export function translationsOf(tables: readonly TableFile[]): Translation[] {
  return tables.flatMap((t) => (t.status === 'read' && t.translation ? [t.translation] : []));
}
