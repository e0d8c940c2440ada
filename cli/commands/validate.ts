import { loadMission } from '../../core/format/load';
import type { Diagnostic } from '../../core/validate/diagnostic.types';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand } from '../command.types';
import { formatDiagnostic } from '../format-diagnostic';

/** Codes that mean the file could not be used at all (exit 2), as opposed to a mission with problems (exit 1). */
const UNUSABLE = new Set(['parse-error', 'schema', 'unsupported-format']);

/** The result of checking one file. */
export interface FileCheck {
  file: string;
  diagnostics: Diagnostic[];
  exitCode: number;
}

/** Loads and validates one file; an unreadable file becomes a parse-error diagnostic with exit code 2. */
export async function checkFile(io: CliIo, file: string): Promise<FileCheck> {
  const read = await io.readText(file);
  if (!read.ok) {
    const d: Diagnostic = { code: 'parse-error', severity: 'error', message: read.message, path: '', range: { offset: 0, length: 0, line: 1, column: 1 } };
    return { file, diagnostics: [d], exitCode: EXIT.unusable };
  }
  const { diagnostics } = loadMission(read.text);
  const exitCode = diagnostics.some((d) => UNUSABLE.has(d.code))
    ? EXIT.unusable
    : diagnostics.some((d) => d.severity === 'error')
      ? EXIT.problems
      : EXIT.ok;
  return { file, diagnostics, exitCode };
}

/** `mission-studio validate FILE... [--json]`: exit 0 clean (warnings allowed), 1 errors, 2 unusable input. */
export async function validateCommand(io: CliIo, files: string[], options: { json: boolean }): Promise<number> {
  let exitCode: number = EXIT.ok;
  for (const file of files) {
    const check = await checkFile(io, file);
    exitCode = Math.max(exitCode, check.exitCode);
    if (options.json) {
      // One JSON object per file, one per line: a single file prints exactly `{ "file", "diagnostics" }`.
      io.out(`${JSON.stringify({ file, diagnostics: check.diagnostics })}\n`);
      continue;
    }
    for (const d of check.diagnostics) io.out(`${formatDiagnostic(file, d)}\n`);
  }
  return exitCode;
}

/** The `validate` subcommand. */
export const validate: CliCommand = {
  name: 'validate',
  usage: 'validate FILE... [--json]',
  summary: 'check mission files: file:line:col severity code message',
  options: { json: { type: 'boolean', default: false } },
  run: async (io, files, options) => {
    if (files.length === 0) {
      io.err('mission-studio validate: name at least one mission file\n');
      return EXIT.unusable;
    }
    return validateCommand(io, files, { json: options.json === true });
  },
};
