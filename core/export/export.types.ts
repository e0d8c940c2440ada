/**
 * What every export shares: its options and its result. Each format lives in its own folder under core/export
 * and is listed in `exporters.ts`, so the app's Export dialog and `mission-studio export` offer the same set.
 */
import type { Translation } from '../strings/translation.types';
import type { Diagnostic } from '../validate/diagnostic.types';

/** The formats a mission can be exported to. `png` is `svg` rasterized by the shell (CLI or app). */
export type ExportFormatId = 'runtime' | 'html' | 'svg' | 'png' | 'script' | 'voice' | 'strings' | 'twee';

/** Options a format may read; each ignores what does not apply to it. */
export interface ExportOptions {
  /** The faction to write for (script: the faction's opening first; html: the faction picked at start). */
  faction?: string;
  /** The language to write (a language of the mission; its source language when absent). */
  language?: string;
  /** Pictures only: draw just these nodes (the app's selection), their frames and the edges between them. */
  nodeIds?: readonly string[];
  /**
   * The translations at hand (the string tables beside the mission): runtime and html carry them for every
   * language of `meta.languages`; strings fills its translation column from the one of `language`.
   */
  translations?: readonly Translation[];
}

/** One export: the file's text and what the export noticed (info and warnings; errors mean no file). */
export interface ExportResult {
  text: string;
  diagnostics: Diagnostic[];
}
