import { plural } from '@mission-studio/core/strings';
import { EXPORT_FORMATS, findExportFormat, type ExportFormat } from '@mission-studio/core/export';
import type { ExportOptions } from '@mission-studio/core/export';
import { exportSvg } from '@mission-studio/core/export';
import type { Mission } from '@mission-studio/core/format';
import { missionLanguages } from '@mission-studio/core/strings';
import type { Diagnostic } from '@mission-studio/core/validate';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand } from '../command.types';
import { svgToPng } from '../export-png';
import { formatDiagnostic } from '../format-diagnostic';
import { loadMissionFile } from '../load-mission-file';
import { readSiblingTables, translationsOf } from '../translation-files';

/** Missions this large may take over a second to export: say what is happening first. */
const LARGE_MISSION_NODES = 2000;

/** The export's bytes or text, or the diagnostics that stopped it. */
type Written = { ok: true; text: string } | { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] };

function produce(mission: Mission, format: ExportFormat, options: ExportOptions): Written {
  const result = format.id === 'png' ? exportSvg(mission, options) : format.run?.(mission, options);
  if (!result)
    return { ok: false, diagnostics: [{ code: 'export-error', severity: 'error', message: `no exporter for ${format.id}`, path: '' }] };
  if (result.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: result.diagnostics };
  if (format.id === 'png') return { ok: true, bytes: svgToPng(result.text) };
  return { ok: true, text: result.text };
}

/** Checks --faction and --lang against the mission; returns the options or the one line that says why not. */
function exportOptions(mission: Mission, values: { faction?: string; lang?: string }): ExportOptions | string {
  if (values.faction !== undefined && !mission.meta.factions.includes(values.faction)) {
    return `the mission has no faction "${values.faction}" (it has ${mission.meta.factions.join(', ')})`;
  }
  const languages = missionLanguages(mission);
  if (values.lang !== undefined && !languages.includes(values.lang))
    return `the mission has no "${values.lang}" text (it has ${languages.join(', ')})`;
  return {
    ...(values.faction !== undefined ? { faction: values.faction } : {}),
    ...(values.lang !== undefined ? { language: values.lang } : {}),
  };
}

/**
 * `mission-studio export FILE --format F [-o OUT] [--faction F] [--lang L] [--force]`: exit 0 written, 1 the
 * mission has errors (unless --force) or the export could not be made, 2 unusable input or arguments.
 */
export async function exportCommand(
  io: CliIo,
  file: string,
  values: { format?: string; output?: string; faction?: string; lang?: string; force?: boolean },
  now: () => number = () => Date.now(),
): Promise<number> {
  const format = values.format === undefined ? undefined : findExportFormat(values.format);
  if (!format) {
    io.err(`mission-studio export: --format takes one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}\n`);
    return EXIT.unusable;
  }
  const loaded = await loadMissionFile(io, file);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return EXIT.unusable;
  }
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 && values.force !== true) {
    for (const d of errors) io.err(`${formatDiagnostic(file, d)}\n`);
    io.err(`mission-studio export: ${file} has ${plural(errors.length, 'error')}; fix them, or export anyway with --force\n`);
    return EXIT.problems;
  }
  const options = exportOptions(loaded.mission, values);
  if (typeof options === 'string') {
    io.err(`mission-studio export: ${options}\n`);
    return EXIT.unusable;
  }
  // The tables beside the mission: runtime and html play in every declared language; strings keeps their work.
  const tables = await readSiblingTables(io, file, loaded.mission);
  for (const t of tables) if (t.status === 'unreadable') io.err(`note: ${t.message}: ${t.language} plays in the source language\n`);
  const translations = translationsOf(tables);
  if (translations.length > 0) options.translations = translations;
  const started = now();
  const slow = format.id === 'png' || loaded.mission.nodes.length > LARGE_MISSION_NODES;
  if (slow) io.err(`mission-studio export: writing ${format.id} of ${file} (${loaded.mission.nodes.length} nodes)...\n`);
  const written = produce(loaded.mission, format, options);
  if (!written.ok) {
    for (const d of written.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
    return EXIT.problems;
  }
  const out = values.output;
  if ('bytes' in written) {
    if (out === undefined && io.isTty) {
      io.err('mission-studio export: a PNG is not for the terminal; name a file with -o, or pipe the output\n');
      return EXIT.unusable;
    }
    if (out === undefined || out === '-') io.outBytes(written.bytes);
    else await io.writeBytes(out, written.bytes);
  } else if (out === undefined || out === '-')
    io.outBytes(new TextEncoder().encode(written.text)); // the file, as written
  else await io.writeText(out, written.text);
  const seconds = (now() - started) / 1000;
  if (out !== undefined && out !== '-') io.err(`wrote ${out}${slow || seconds > 1 ? ` in ${seconds.toFixed(1)} s` : ''}\n`);
  return EXIT.ok;
}

/** The `export` subcommand. */
export const exportMission: CliCommand = {
  name: 'export',
  usage: 'export FILE --format F [-o OUT] [--faction F] [--lang L] [--force]',
  summary: `write the mission as ${EXPORT_FORMATS.map((f) => f.id).join(', ')} (to stdout without -o)`,
  help: [
    ...EXPORT_FORMATS.map((f) => `--format ${f.id.padEnd(8)} ${f.description}`),
    '-o, --output OUT   the file to write ("-" or none: stdout; a PNG needs -o or a pipe)',
    '--faction F        the faction to write for (script: its opening first; html: picked at start)',
    "--lang L           the language to write, one of the mission's (strings: the language to translate into,",
    '                   its table beside the mission filling the translation column)',
    'Translations (NAME.LANG.strings.csv beside the mission) go into runtime and html for every declared language.',
    '--force            export a mission that has errors (exit 0 when written)',
  ],
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    faction: { type: 'string' },
    lang: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  run: async (io, files, options) => {
    const [file, ...extra] = files;
    if (file === undefined || extra.length > 0) {
      io.err('mission-studio export: name exactly one mission file\n');
      return EXIT.unusable;
    }
    const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
    return exportCommand(io, file, {
      format: text('format'),
      output: text('output'),
      faction: text('faction'),
      lang: text('lang'),
      force: options['force'] === true,
    });
  },
};
