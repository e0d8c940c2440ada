/**
 * The string tables beside a mission file (`second-wave.de.strings.csv` beside `second-wave.mission.json`), read
 * when the page opens the file so its translations come along. Only names of that form in the file's own folder,
 * each under the size a table may have (core/strings/parse-string-table.ts refuses larger), at most 100.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { TranslationTableFile } from '../preload/ipc-contract';

const MAX_TABLE_BYTES = 16 * 1024 * 1024;
const MAX_TABLES = 100;

/** `second-wave.mission.json` -> a test for `second-wave.<lang>.strings.csv`. */
function tableNamePattern(missionPath: string): RegExp {
  const base = basename(missionPath).replace(/(\.mission)?\.json$/i, '');
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}\\.[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\\.strings\\.csv$`, 'i');
}

/** Reads the tables beside `missionPath`; a table that cannot be read is left out (the page reads what is there). */
export async function readTranslationTables(missionPath: string): Promise<TranslationTableFile[]> {
  const folder = dirname(missionPath);
  const pattern = tableNamePattern(missionPath);
  const names = (await readdir(folder))
    .filter((name) => pattern.test(name))
    .sort()
    .slice(0, MAX_TABLES);
  const tables: TranslationTableFile[] = [];
  for (const name of names) {
    const path = join(folder, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_TABLE_BYTES) continue;
      tables.push({ name, text: await readFile(path, 'utf8') });
    } catch {
      // Gone or unreadable since the listing: the other tables still come.
    }
  }
  return tables;
}
