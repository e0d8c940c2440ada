import { FORMAT_ID } from './mission.types';

/** One named step that rewrites a document from one format version to the next. */
export interface Migration {
  name: string;
  from: string;
  to: string;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The ordered list of migrations. Empty while mission-studio/1 is the only version; each future format
 * version adds one entry here and keeps an old fixture in core/format/fixtures/ as a regression input.
 */
const MIGRATIONS: readonly Migration[] = [];

/** The result of bringing a document up to the current format. */
export type MigrationResult =
  | { ok: true; document: Record<string, unknown>; applied: string[] }
  | { ok: false; message: string };

const KNOWN_PREFIX = 'mission-studio/';

/** Runs the migrations from the document's format up to FORMAT_ID, refusing newer and unknown formats. */
export function migrateDocument(
  document: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
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
      const newer = version.startsWith(KNOWN_PREFIX) && Number(version.slice(KNOWN_PREFIX.length)) > Number(FORMAT_ID.slice(KNOWN_PREFIX.length));
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
