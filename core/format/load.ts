import type { Diagnostic } from '../validate/diagnostic.types';
import { validateMission } from '../validate/validate-mission';
import { findJsonSyntaxError } from './json-syntax';
import { hasBom } from './line-endings';
import { LineIndex } from './line-index';
import { inTextWithBom, locateDiagnostics } from './locate-diagnostics';
import { migrateDocument } from './migrations';
import type { Mission } from './mission.types';

/** Mission files past this size are refused before parsing: the largest real ones are a few megabytes. */
export const MAX_MISSION_CHARS = 32 * 1024 * 1024;

/** What loading a file gives: the mission when it parsed and fits the schema, and every diagnostic, located. */
export interface LoadResult {
  mission: Mission | null;
  diagnostics: Diagnostic[];
  /** Names of the migrations that ran, oldest first. */
  migrations: string[];
}

/** The one wording of the size limit, shared by the loader and the file readers. */
export function tooLargeMessage(size: number): string {
  const mb = (n: number): string => String(Math.round((n / (1024 * 1024)) * 10) / 10);
  return `the file is ${mb(size)} MB; mission files are limited to ${mb(MAX_MISSION_CHARS)} MB`;
}

const failure = (diagnostic: Diagnostic, text: string): LoadResult => ({
  mission: null,
  diagnostics: locateDiagnostics(text, [diagnostic]),
  migrations: [],
});

function parseError(text: string): Diagnostic {
  if (text.length > MAX_MISSION_CHARS) {
    return {
      code: 'parse-error',
      severity: 'error',
      message: tooLargeMessage(text.length),
      path: '',
      range: { offset: 0, length: 0, line: 1, column: 1 },
    };
  }
  const found = findJsonSyntaxError(text) ?? { message: 'not valid JSON', offset: 0, length: 0 };
  return {
    code: 'parse-error',
    severity: 'error',
    message: `not valid JSON: ${found.message}`,
    path: '',
    range: { offset: found.offset, length: found.length, ...new LineIndex(text).at(found.offset) },
  };
}

/**
 * Loads a mission file's text: parse (errors name line and column), run the migrations, check the schema, then
 * validate. Never throws. A file that does not parse or fit the schema gives `mission: null`. Files saved by
 * Windows editors load too: a leading UTF-8 byte order mark is skipped (diagnostic offsets still index `text`,
 * mark included; lines and columns do not count it, as editors do not) and CRLF line endings are JSON whitespace.
 */
export function loadMission(text: string): LoadResult {
  if (!hasBom(text)) return loadContent(text);
  const result = loadContent(text.slice(1));
  return { ...result, diagnostics: inTextWithBom(result.diagnostics) };
}

function loadContent(text: string): LoadResult {
  let document: unknown;
  try {
    if (text.length > MAX_MISSION_CHARS) return failure(parseError(text), text);
    document = JSON.parse(text);
  } catch {
    return failure(parseError(text), text);
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return failure({ code: 'schema', severity: 'error', message: 'a mission file must be a JSON object', path: '' }, text);
  }
  const migrated = migrateDocument(document as Record<string, unknown>);
  if (!migrated.ok) {
    return failure({ code: 'unsupported-format', severity: 'error', message: migrated.message, path: '/format' }, text);
  }
  const checked = validateMission(migrated.document);
  const schemaFailed = checked.some((d) => d.code === 'schema');
  // A file that does not fit the schema does not load: its schema problems are what to fix first (the editor's
  // own checks of a half-made node, through validateMission, still list the rest).
  const diagnostics = schemaFailed ? checked.filter((d) => d.code === 'schema') : checked;
  return {
    mission: schemaFailed ? null : (migrated.document as unknown as Mission),
    diagnostics: locateDiagnostics(text, diagnostics),
    migrations: migrated.applied,
  };
}
