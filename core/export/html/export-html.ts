/**
 * The `html` export: one self-contained page that plays the mission in any browser, offline. It holds the
 * runtime file (the `runtime` export) in a JSON block and the player (player/, bundled with mission-studio/runtime
 * into generated/player-assets.ts by scripts/generate-player.mjs); a strict Content-Security-Policy lets only that
 * inline script and style run, and nothing load.
 */
import type { Mission } from '../../format/mission.types';
import type { RuntimeFile } from '../../runtime/runtime-file.types';
import type { Diagnostic } from '../../validate/diagnostic.types';
import type { ExportOptions, ExportResult } from '../export.types';
import { exportRuntime } from '../runtime/export-runtime';
import { PLAYER_SCRIPT, PLAYER_STYLE } from './generated/player-assets';
import { contentSecurityPolicy, escapeHtml, jsonForScript } from './page-text';

const error = (message: string): Diagnostic => ({ code: 'export-error', severity: 'error', message, path: '' });

/** What the player preselects, checked against the file; a name the file does not have is an error. */
function pageOptions(file: RuntimeFile, options: ExportOptions): { faction?: string; language?: string } | Diagnostic {
  if (options.faction !== undefined && !file.mission.factions.includes(options.faction))
    return error(`the mission has no faction "${options.faction}" (it has ${file.mission.factions.join(', ')})`);
  if (options.language !== undefined && !file.languages.includes(options.language))
    return error(`the mission has no "${options.language}" text (it has ${file.languages.join(', ')})`);
  return {
    ...(options.faction !== undefined ? { faction: options.faction } : {}),
    ...(options.language !== undefined ? { language: options.language } : {}),
  };
}

/** The whole page's text. */
function page(file: RuntimeFile, runtimeJson: string, options: { faction?: string; language?: string }): string {
  const language = options.language ?? (file.languages[0] as string);
  const strings = file.strings[language] ?? {};
  const source = file.strings[file.languages[0] as string] ?? {};
  const title = strings[file.mission.title] ?? source[file.mission.title] ?? file.mission.id;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(PLAYER_SCRIPT, PLAYER_STYLE)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="Mission Studio">',
    `<title>${escapeHtml(title)}</title>`,
    // An empty icon, so the browser asks for no favicon.
    '<link rel="icon" href="data:,">',
    `<style>${PLAYER_STYLE}</style>`,
    '</head>',
    '<body>',
    '<div id="app"><noscript>This page plays a mission made with Mission Studio; it needs JavaScript.</noscript></div>',
    `<script type="application/json" id="mission-data">${jsonForScript(runtimeJson)}</script>`,
    `<script type="application/json" id="player-options">${jsonForScript(JSON.stringify(options))}</script>`,
    `<script>${PLAYER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The `html` export: a playable page; the runtime export's diagnostics when it cannot be made. */
export function exportHtml(mission: Mission, options: ExportOptions = {}): ExportResult {
  const runtime = exportRuntime(mission, options);
  if (runtime.diagnostics.some((d) => d.severity === 'error')) return { text: '', diagnostics: runtime.diagnostics };
  // The runtime export decides whether there is a file; its exact JSON text is what the page carries.
  const json = runtime.text.trim();
  const file = JSON.parse(json) as RuntimeFile;
  const chosen = pageOptions(file, options);
  if ('code' in chosen) return { text: '', diagnostics: [...runtime.diagnostics, chosen] };
  return { text: page(file, json, chosen), diagnostics: runtime.diagnostics };
}
