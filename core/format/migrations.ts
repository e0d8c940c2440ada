import { FORMAT_ID } from './mission.types';

/** One named step that rewrites a document from one format version to the next. */
export interface Migration {
  name: string;
  from: string;
  to: string;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/** The language version 1 files were written in: before `meta.languages`, every mission was English. */
const V1_SOURCE_LANGUAGE = 'en';

/**
 * mission-studio/1 -> 2: version 2 adds `meta.languages` (translations live beside the file). A version 1
 * file declares its source language explicitly from now on, so a file says what language its text is in.
 * A `meta` that is not an object is left for the schema check to report.
 */
const declareSourceLanguage: Migration = {
  name: 'declare-source-language',
  from: 'mission-studio/1',
  to: 'mission-studio/2',
  migrate(document) {
    const meta = document.meta;
    const upgraded =
      meta !== null && typeof meta === 'object' && !Array.isArray(meta) && !Object.hasOwn(meta, 'languages')
        ? { ...meta, languages: [V1_SOURCE_LANGUAGE] }
        : meta;
    return { ...document, format: 'mission-studio/2', meta: upgraded };
  },
};

/**
 * The ordered list of migrations, oldest first. Each format version adds one entry here and keeps an old
 * fixture in core/format/fixtures/ as a regression input.
 */
const MIGRATIONS: readonly Migration[] = [declareSourceLanguage];

/** The result of bringing a document up to the current format. */
export type MigrationResult = { ok: true; document: Record<string, unknown>; applied: string[] } | { ok: false; message: string };

const KNOWN_PREFIX = 'mission-studio/';

/** Runs the migrations from the document's format up to FORMAT_ID, refusing newer and unknown formats. */
export function migrateDocument(document: Record<string, unknown>, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const format = document.format;
  if (typeof format !== 'string') {
    return { ok: false, message: `the file has no "format" string; expected "${FORMAT_ID}"` };
  }
  let current = document;
  const applied: string[] = [];
  let version = format;
  while (version !== FORMAT_ID) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      const newer =
        version.startsWith(KNOWN_PREFIX) && Number(version.slice(KNOWN_PREFIX.length)) > Number(FORMAT_ID.slice(KNOWN_PREFIX.length));
      return {
        ok: false,
        message: newer
          ? `format "${version}" was written by a newer Mission Studio; this version reads "${FORMAT_ID}"`
          : `unknown format "${version}"; this version reads "${FORMAT_ID}"`,
      };
    }
    // A list whose steps loop back would never end; it is a bug in this build, said as such.
    if (applied.length >= migrations.length) return { ok: false, message: `migrations loop at format "${version}"` };
    current = step.migrate(current);
    applied.push(step.name);
    version = step.to;
  }
  return { ok: true, document: current, applied };
}
