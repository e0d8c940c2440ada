/**
 * `mission-studio strings check MISSION [TABLE...]`: what a localization team runs on translated string tables
 * (in CI, or before a build): every missing, stale (source changed since it was translated), unknown and
 * too-long string, by table, and each language's coverage. Without TABLE it checks every declared language's
 * table beside the mission (`NAME.LANG.strings.csv`). Exit 0 when every table is complete and current, 1 when
 * any is not, 2 when the mission or a table cannot be used.
 */
import { basename } from 'node:path';
import { checkTranslation, coveragePercent, emptyTranslation, translationDiagnostics } from '@mission-studio/core/strings';
import { missionLanguages } from '@mission-studio/core/strings';
import { languageOfTableName } from '@mission-studio/core/strings';
import type { Diagnostic } from '@mission-studio/core/validate';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand, OptionValues } from '../command.types';
import { formatDiagnostic } from '../format-diagnostic';
import { loadMissionFile } from '../load-mission-file';
import { readSiblingTables, readTableFile, type TableFile } from '../translation-files';

const USAGE = 'strings check MISSION [TABLE...] [--lang L] [--json]';

async function tablesToCheck(
  io: CliIo,
  missionFile: string,
  mission: Parameters<typeof readSiblingTables>[2],
  tables: readonly string[],
  lang: string | undefined,
): Promise<TableFile[] | string> {
  if (tables.length === 0) return readSiblingTables(io, missionFile, mission);
  if (lang !== undefined && tables.length > 1) return '--lang names the language of one table; name one TABLE with it';
  const out: TableFile[] = [];
  for (const file of tables) {
    const language = lang ?? languageOfTableName(basename(file));
    if (language === undefined) return `${file}: its name does not say its language (NAME.LANG.strings.csv); say it with --lang L`;
    out.push(await readTableFile(io, file, language));
  }
  return out;
}

async function check(io: CliIo, missionFile: string, tables: readonly string[], options: OptionValues): Promise<number> {
  const fail = (message: string): number => {
    io.err(`mission-studio strings: ${message}\n`);
    return EXIT.unusable;
  };
  const loaded = await loadMissionFile(io, missionFile);
  if (!loaded.ok) return fail(loaded.message);
  const { mission } = loaded;
  const lang = typeof options['lang'] === 'string' ? options['lang'] : undefined;
  const files = await tablesToCheck(io, missionFile, mission, tables, lang);
  if (typeof files === 'string') return fail(files);
  const languages = missionLanguages(mission);
  if (files.length === 0)
    io.err(`note: ${missionFile} declares no language but its source (${languages[0]}): add languages to meta.languages\n`);
  let exitCode: number = EXIT.ok;
  for (const table of files) {
    if (table.status === 'unreadable') {
      io.err(`${table.message}\n`);
      exitCode = EXIT.unusable;
      continue;
    }
    const diagnostics: Diagnostic[] = table.status === 'read' ? [...table.problems] : [];
    if (table.status === 'read' && !table.translation) {
      for (const d of diagnostics) io.err(`${formatDiagnostic(table.file, d)}\n`);
      exitCode = EXIT.unusable;
      continue;
    }
    if (!languages.includes(table.language)) {
      diagnostics.push({
        code: 'translation-table',
        severity: 'warning',
        message: `"${table.language}" is not in the mission's meta.languages (${languages.join(', ')}): it does not play in it`,
        path: '/meta/languages',
      });
    }
    const translation = table.status === 'read' && table.translation ? table.translation : emptyTranslation(table.language);
    const report = checkTranslation(mission, translation);
    if (table.status === 'absent') {
      diagnostics.push({
        code: 'missing-translation',
        severity: 'warning',
        message: `there is no ${table.language} table: all ${report.total} strings play in ${languages[0]} (make one with "mission-studio export ${missionFile} --format strings --lang ${table.language}")`,
        path: '/meta/languages',
      });
    } else diagnostics.push(...translationDiagnostics(report));
    const coverage = coveragePercent(report);
    if (options['json'] === true)
      io.out(
        `${JSON.stringify({ file: table.file, language: table.language, coverage, current: report.current, total: report.total, diagnostics })}\n`,
      );
    else for (const d of diagnostics) io.out(`${formatDiagnostic(table.file, d)}\n`);
    io.err(
      `${table.file}: ${table.language} ${coverage}% (${report.current} of ${report.total} current): ${report.missing.length} missing, ${report.stale.length} stale, ${report.unknown.length} unknown, ${report.tooLong.length} too long\n`,
    );
    if (diagnostics.length > 0) exitCode = Math.max(exitCode, EXIT.problems);
  }
  return exitCode;
}

/** The `strings` subcommand (its one action: `check`). */
export const strings: CliCommand = {
  name: 'strings',
  usage: USAGE,
  summary: 'check translated string tables: missing, stale, unknown and too-long strings, and coverage per language',
  help: [
    'TABLE...    string tables to check (default: NAME.LANG.strings.csv beside MISSION for each language of',
    "            meta.languages but the source); a table's language comes from its name, or from --lang",
    '--lang L    the language of the one TABLE named (when its name does not say it)',
    '--json      one JSON object per table: { file, language, coverage, current, total, diagnostics }',
    'Exit 0: every table complete and current; 1: something to translate or fix; 2: a file cannot be used.',
    'Make a table to translate with "mission-studio export MISSION --format strings --lang L".',
  ],
  options: {
    lang: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  run: async (io, positionals, options) => {
    const [action, missionFile, ...tables] = positionals;
    if (action !== 'check' || missionFile === undefined) {
      io.err(`mission-studio strings: usage: mission-studio ${USAGE}\n`);
      return EXIT.unusable;
    }
    return check(io, missionFile, tables, options);
  },
};
