/**
 * Every export format, as data: the app's Export dialog and `mission-studio export` list and run the same ones.
 * `png` has no `run` here: core stays pure, so the shells rasterize the `svg` export (the CLI with resvg, the
 * app with a canvas).
 */
import type { Mission } from '../format/mission.types';
import { missionLanguages } from '../strings/mission-strings';
import type { ExportFormatId, ExportOptions, ExportResult } from './export.types';
import { exportTwee } from '../interop/twine/export-twee';
import { exportHtml } from './html/export-html';
import { exportRuntime } from './runtime/export-runtime';
import { exportScript } from './script/export-script';
import { exportStrings } from './strings/export-strings';
import { exportSvg } from './svg/export-svg';
import { exportVoice } from './voice/export-voice';

/** One export format. */
export interface ExportFormat {
  id: ExportFormatId;
  /** What the Export dialog calls it. */
  label: string;
  /** One sentence: what it is for. */
  description: string;
  /** The file name's ending, after the mission id: `second-wave` + `.runtime.json`. */
  extension: string;
  mimeType: string;
  /** Options the format reads, so the dialog shows only those. */
  reads: ReadonlyArray<'faction' | 'language' | 'selection'>;
  /** Writes the file's text; absent for `png`, which the shells draw from `svg`. */
  run?: (mission: Mission, options: ExportOptions) => ExportResult;
}

/** Every format, in the order the dialog and `--help` list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'runtime',
    label: 'Runtime (for game engines)',
    description:
      'The mission as a game loads it: compact JSON with pre-parsed expressions and a string table, played by mission-studio/runtime.',
    extension: '.runtime.json',
    mimeType: 'application/json',
    reads: ['language'],
    run: exportRuntime,
  },
  {
    id: 'html',
    label: 'Playable page (HTML)',
    description:
      'One self-contained page that plays the mission in any browser, offline: title screen, dialog, choices, fights and endings.',
    extension: '.html',
    mimeType: 'text/html',
    reads: ['faction', 'language'],
    run: exportHtml,
  },
  {
    id: 'svg',
    label: 'Picture (SVG)',
    description: 'The graph as drawn on the canvas (act frames, nodes, ports, edges), sharp at any size, for print and review.',
    extension: '.svg',
    mimeType: 'image/svg+xml',
    reads: ['selection'],
    run: exportSvg,
  },
  {
    id: 'png',
    label: 'Picture (PNG)',
    description: 'The same picture as pixels, at twice the canvas size.',
    extension: '.png',
    mimeType: 'image/png',
    reads: ['selection'],
  },
  {
    id: 'script',
    label: 'Script (Markdown screenplay)',
    description: 'The acts in flow order with every line, choice, fight and ending, for review and voice recording.',
    extension: '.script.md',
    mimeType: 'text/markdown',
    reads: ['faction'],
    run: exportScript,
  },
  {
    id: 'voice',
    label: 'Voice lines (CSV)',
    description: 'One row per spoken line (line id, speaker, text, context, node) for a recording studio.',
    extension: '.voice.csv',
    mimeType: 'text/csv',
    reads: ['faction'],
    run: exportVoice,
  },
  {
    id: 'strings',
    label: 'String table (CSV, for translators)',
    description:
      'Every player-visible string (id, speaker, source text, context, max length, notes, source hash) for a localization team; translated, it goes beside the mission as NAME.LANG.strings.csv.',
    extension: '.strings.csv',
    mimeType: 'text/csv',
    reads: ['language'],
    run: exportStrings,
  },
  {
    id: 'twee',
    label: 'Twine story (Twee 3)',
    description:
      'A Twee 3 story that Twine 2 imports and Tweego compiles: a passage per node, links for choices, conditions and effects as SugarCube macros.',
    extension: '.twee',
    mimeType: 'text/plain',
    reads: [],
    run: exportTwee,
  },
];

/** The format with this id, or undefined. */
export function findExportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

/**
 * The file name an export of this mission gets by default; a string table for a language other than the
 * source is named as the translation it becomes (`second-wave.fr.strings.csv`).
 */
export function exportFileName(mission: Mission, format: ExportFormat, options: ExportOptions = {}): string {
  const language = options.language;
  if (format.id === 'strings' && language !== undefined && language !== missionLanguages(mission)[0])
    return `${mission.meta.id}.${language}${format.extension}`;
  return `${mission.meta.id}${format.extension}`;
}
