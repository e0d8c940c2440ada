/**
 * What the Export dialog shows and writes, as plain functions of the mission and the user's picks: the
 * formats core offers, their options, a preview, and the file to hand the host. Tested without a DOM.
 */
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '@mission-studio/core/export';
import type { ExportFormatId, ExportOptions, ExportResult } from '@mission-studio/core/export';
import type { Translation } from '@mission-studio/core/strings';
import { exportSvg } from '@mission-studio/core/export';
import type { Mission } from '@mission-studio/core/format';
import { missionLanguages } from '@mission-studio/core/strings';
import type { Diagnostic } from '@mission-studio/core/validate';

/** What the user picked in the dialog. */
export interface ExportChoice {
  format: ExportFormatId;
  faction: string;
  language: string;
  /** Pictures only: just the selected nodes. */
  selectionOnly: boolean;
}

/** The dialog's first state for a mission: the runtime, the first faction, the source language. */
export function initialChoice(mission: Mission): ExportChoice {
  return {
    format: 'runtime',
    faction: mission.meta.factions[0] ?? '',
    language: missionLanguages(mission)[0] ?? 'en',
    selectionOnly: false,
  };
}

/** The core format of a choice (every id the dialog offers is one). */
export function formatOf(choice: ExportChoice): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.id === choice.format);
  if (!format) throw new Error(`no export format "${choice.format}"`);
  return format;
}

/** The options core's exporter gets for a choice, with the selection when the user asked for it. */
export function optionsOf(choice: ExportChoice, selection: readonly string[], translations: readonly Translation[] = []): ExportOptions {
  const format = formatOf(choice);
  return {
    // The window's string tables: runtime and html play in every declared language, strings keeps their work.
    ...(translations.length > 0 ? { translations } : {}),
    ...(format.reads.includes('faction') && choice.faction ? { faction: choice.faction } : {}),
    ...(format.reads.includes('language') ? { language: choice.language } : {}),
    ...(format.reads.includes('selection') && choice.selectionOnly && selection.length > 0 ? { nodeIds: selection } : {}),
  };
}

/** An export's text (for png: the SVG it is drawn from) and what core noticed. */
export function runExport(
  mission: Mission,
  choice: ExportChoice,
  selection: readonly string[],
  translations: readonly Translation[] = [],
): ExportResult {
  const format = formatOf(choice);
  const options = optionsOf(choice, selection, translations);
  if (format.id === 'png') return exportSvg(mission, options);
  if (!format.run) throw new Error(`the ${format.id} export has no writer`);
  return format.run(mission, options);
}

/** How much of a text export the dialog shows: enough to judge it, never a whole 1 MB file. */
export const PREVIEW_CHARS = 6000;

/**
 * The text the preview shows for a format: the runtime file is compact JSON on one line, so the preview indents
 * it to be read (the file written stays compact).
 */
export function previewText(format: ExportFormat, text: string): string {
  if (format.id !== 'runtime' || text === '') return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The start of a text export for the preview, and how many lines follow it. */
export function textPreview(text: string): { shown: string; moreLines: number } {
  if (text.length <= PREVIEW_CHARS) return { shown: text, moreLines: 0 };
  const cut = text.lastIndexOf('\n', PREVIEW_CHARS);
  const shown = text.slice(0, cut > 0 ? cut : PREVIEW_CHARS);
  let moreLines = 0;
  for (let i = shown.length; i < text.length; i++) if (text.charCodeAt(i) === 10) moreLines++;
  return { shown, moreLines };
}

/** The file name the dialog proposes. */
export function suggestedName(mission: Mission, choice: ExportChoice): string {
  const format = formatOf(choice);
  return exportFileName(mission, format, format.reads.includes('language') ? { language: choice.language } : {});
}

/** The errors that make an export of this mission a risk (the validator's, not the play check's). */
export function blockingErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** Every format the dialog offers, as core lists them. */
export const DIALOG_FORMATS: readonly ExportFormat[] = EXPORT_FORMATS;
