import { plural } from '@mission-studio/core/strings';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { CliIo } from './cli-io';
import { formatDiagnostic } from './format-diagnostic';

/** A mission file read and loaded, or the one line that says why it cannot be used. */
export type LoadedMission = { ok: true; mission: Mission; text: string; diagnostics: Diagnostic[] } | { ok: false; message: string };

/**
 * Reads and loads a mission for the commands that run it (simulate, explore, balance, replay). A file that
 * cannot be read, parsed or fitted to the schema fails with its first problem as `file:line:col ...`; a
 * mission with other errors still loads (the engine reports what they break when it gets there).
 */
export async function loadMissionFile(io: CliIo, file: string): Promise<LoadedMission> {
  const read = await io.readText(file);
  if (!read.ok) return { ok: false, message: read.message };
  const { mission, diagnostics } = loadMission(read.text);
  if (!mission) {
    const first = diagnostics.find((d) => d.severity === 'error');
    return { ok: false, message: first ? formatDiagnostic(file, first) : `${file}: not a mission file` };
  }
  return { ok: true, mission, text: read.text, diagnostics };
}

/** A note for stderr when a mission that loads still has errors, or null. */
export function errorNote(file: string, diagnostics: readonly Diagnostic[]): string | null {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors === 0) return null;
  return `note: ${file} has ${plural(errors, 'error')}; run "mission-studio validate ${file}" to see them\n`;
}
