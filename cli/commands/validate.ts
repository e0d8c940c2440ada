import { balanceAllCombats, balanceDiagnostics } from '../../core/engine/combat/balance';
import { exploreDiagnostics } from '../../core/engine/explorer/explore-diagnostics';
import { exploreMission } from '../../core/engine/explorer/explore-mission';
import { loadMission } from '../../core/format/load';
import { locateDiagnostics } from '../../core/format/locate-diagnostics';
import type { Diagnostic } from '../../core/validate/diagnostic.types';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand } from '../command.types';
import { formatDiagnostic } from '../format-diagnostic';

/** Codes that mean the file could not be used at all (exit 2), as opposed to a mission with problems (exit 1). */
const UNUSABLE = new Set(['parse-error', 'schema', 'unsupported-format']);

/** Fights per stance policy per combat node for `--balance`: the app's play check plays as many. */
export const VALIDATE_BALANCE_RUNS = 1000;

/** The result of checking one file. */
export interface FileCheck {
  file: string;
  diagnostics: Diagnostic[];
  exitCode: number;
}

/**
 * Loads and validates one file; an unreadable file becomes a parse-error diagnostic with exit code 2. With
 * `explore`, a mission with no static errors is also explored and the semantic findings (unreachable endings,
 * soft-locks, traps...) are added: on a broken mission they would only repeat the static errors. With
 * `balance`, its fights are played too and `combat-balance` warnings added, as in the app's play check.
 */
export async function checkFile(io: CliIo, file: string, { explore = false, balance = false }: { explore?: boolean; balance?: boolean } = {}): Promise<FileCheck> {
  const read = await io.readText(file);
  if (!read.ok) {
    const d: Diagnostic = { code: 'parse-error', severity: 'error', message: read.message, path: '', range: { offset: 0, length: 0, line: 1, column: 1 } };
    return { file, diagnostics: [d], exitCode: EXIT.unusable };
  }
  const { mission, diagnostics: found } = loadMission(read.text);
  let diagnostics = found;
  if (mission && !found.some((d) => d.severity === 'error')) {
    const deeper = [
      ...(explore ? exploreDiagnostics(mission, exploreMission(mission)) : []),
      ...(balance ? balanceDiagnostics(balanceAllCombats(mission, { runs: VALIDATE_BALANCE_RUNS })) : []),
    ];
    if (deeper.length > 0) diagnostics = [...found, ...locateDiagnostics(read.text, deeper)];
  }
  const exitCode = diagnostics.some((d) => UNUSABLE.has(d.code))
    ? EXIT.unusable
    : diagnostics.some((d) => d.severity === 'error')
      ? EXIT.problems
      : EXIT.ok;
  return { file, diagnostics, exitCode };
}

/** `mission-studio validate FILE... [--json] [--no-explore] [--balance]`: exit 0 clean (warnings allowed), 1 errors, 2 unusable input. */
export async function validateCommand(io: CliIo, files: string[], options: { json: boolean; explore?: boolean; balance?: boolean }): Promise<number> {
  let exitCode: number = EXIT.ok;
  for (const file of files) {
    const check = await checkFile(io, file, { explore: options.explore !== false, balance: options.balance === true });
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
  usage: 'validate FILE... [--json] [--no-explore] [--balance]',
  summary: 'check mission files: file:line:col severity code message',
  help: [
    '--json          one JSON object per file: { file, diagnostics }',
    '--no-explore    skip the explorer\'s checks (unreachable-ending, never-reached-node, never-enabled-choice,',
    '                soft-lock, trap), which run when the static checks find no error',
    '--balance       also play each fight 1,000 times per stance policy and warn (combat-balance) when the best',
    '                policy wins under 60% or the worst over 99%, as the app does ("mission-studio balance" for more)',
  ],
  options: { json: { type: 'boolean', default: false }, explore: { type: 'boolean', default: true }, balance: { type: 'boolean', default: false } },
  run: async (io, files, options) => {
    if (files.length === 0) {
      io.err('mission-studio validate: name at least one mission file\n');
      return EXIT.unusable;
    }
    return validateCommand(io, files, { json: options.json === true, explore: options.explore !== false, balance: options.balance === true });
  },
};
