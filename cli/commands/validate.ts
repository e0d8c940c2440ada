import { CHECK_MAX_STATES, CHECK_TIME_BUDGET_MS } from '@mission-studio/core/check';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { CheckTask, CheckTaskResult } from '../check-task';
import { EXIT, worseExit, type CliIo } from '../cli-io';
import type { CliCommand, OptionValues } from '../command.types';
import { formatDiagnostics } from '../format-diagnostic';
import { integerOption, secondsOption } from '../option-values';
import { defaultWorkerCount, runTasks, TaskFailed } from '../worker-pool';

/** Codes that mean the file could not be used at all (exit 2), as opposed to a mission with problems (exit 1). */
const UNUSABLE = new Set(['parse-error', 'schema', 'unsupported-format']);
/** The explorer's findings that fail the file whatever their severity, as they fail `explore`: exit 1 from both. */
const FAILING = new Set(['unreachable-ending', 'soft-lock', 'trap']);

/** How `validate` checks: which checks past the static ones, the explorer's cap, and worker threads. */
export interface ValidateOptions {
  json: boolean;
  explore?: boolean;
  balance?: boolean;
  /** Default: the app's (CHECK_MAX_STATES). */
  maxStates?: number;
  /** Milliseconds of search per file; default the app's (CHECK_TIME_BUDGET_MS); undefined in options: none. */
  timeBudgetMs?: number | undefined;
  /** Default: defaultWorkerCount(). */
  workers?: number;
  /** Print every diagnostic, not 20 of a code and a count of the rest (`--all`). */
  all?: boolean;
}

/** The exit code of one file's findings. */
function exitCodeOf(diagnostics: readonly Diagnostic[]): number {
  if (diagnostics.some((d) => UNUSABLE.has(d.code))) return EXIT.unusable;
  return diagnostics.some((d) => d.severity === 'error' || FAILING.has(d.code)) ? EXIT.problems : EXIT.ok;
}

/**
 * `mission-studio validate FILE...`: exit 0 clean (warnings allowed), 1 errors or a failing finding of the
 * explorer (as `explore`), 2 unusable input, 3 a search cut short that found nothing wrong. Every file is
 * read here (through `io`), then checked in the worker pool by core's `checkMission`, with the app's rules (the
 * static checks; then, on a mission without errors, the explorer's and with `balance` the fights' findings).
 * Output keeps the order of the files.
 */
async function validateCommand(io: CliIo, files: string[], options: ValidateOptions): Promise<number> {
  const results: (CheckTaskResult | null)[] = [];
  const tasks: CheckTask[] = [];
  const taskOf: number[] = [];
  for (const file of files) {
    const read = await io.readText(file);
    if (!read.ok) {
      const d: Diagnostic = {
        code: 'parse-error',
        severity: 'error',
        message: read.message,
        path: '',
        range: { offset: 0, length: 0, line: 1, column: 1 },
      };
      results.push({ diagnostics: [d], partial: null });
      continue;
    }
    taskOf.push(results.length);
    results.push(null);
    const timeBudgetMs = 'timeBudgetMs' in options ? options.timeBudgetMs : CHECK_TIME_BUDGET_MS;
    tasks.push({
      text: read.text,
      explore: options.explore !== false,
      balance: options.balance === true,
      maxStates: options.maxStates ?? CHECK_MAX_STATES,
      ...(timeBudgetMs === undefined ? {} : { timeBudgetMs }),
    });
  }
  try {
    const checked = await runTasks('check', tasks, { workers: options.workers ?? defaultWorkerCount() });
    checked.forEach((result, k) => (results[taskOf[k] as number] = result));
  } catch (error) {
    const file = error instanceof TaskFailed ? files[taskOf[error.index] as number] : undefined;
    io.err(`mission-studio validate: ${file ? `${file}: ` : ''}the check failed: ${(error as Error).message}\n`);
    return EXIT.unusable;
  }

  let exitCode: number = EXIT.ok;
  files.forEach((file, i) => {
    const { diagnostics, partial } = results[i] as CheckTaskResult;
    exitCode = worseExit(exitCode, exitCodeOf(diagnostics));
    if (partial) {
      exitCode = worseExit(exitCode, EXIT.incomplete);
      io.err(
        `note: ${file}: the search is partial (${partial}): only soft-locks are reported; --max-states N and --time-budget S raise the limits\n`,
      );
    }
    // One JSON object per file, one per line: a single file prints exactly `{ "file", "diagnostics" }`.
    if (options.json) io.out(`${JSON.stringify({ file, diagnostics })}\n`);
    else for (const row of formatDiagnostics(file, diagnostics, options.all === true ? Infinity : undefined)) io.out(`${row}\n`);
  });
  return exitCode;
}

async function run(io: CliIo, files: string[], options: OptionValues): Promise<number> {
  const fail = (message: string): number => {
    io.err(`mission-studio validate: ${message}\n`);
    return EXIT.unusable;
  };
  if (files.length === 0) return fail('name at least one mission file');
  const maxStates = integerOption(options, 'max-states', CHECK_MAX_STATES, { min: 1 });
  if (!maxStates.ok) return fail(maxStates.message);
  const workers = integerOption(options, 'workers', defaultWorkerCount(), { min: 0, max: 64 });
  if (!workers.ok) return fail(workers.message);
  const budget = secondsOption(options, 'time-budget', CHECK_TIME_BUDGET_MS);
  if (!budget.ok) return fail(budget.message);
  return validateCommand(io, files, {
    json: options.json === true,
    explore: options.explore !== false,
    balance: options.balance === true,
    maxStates: maxStates.value,
    timeBudgetMs: budget.value,
    workers: workers.value,
    all: options.all === true,
  });
}

/** The `validate` subcommand. */
export const validate: CliCommand = {
  name: 'validate',
  usage: 'validate FILE... [--json] [--all] [--no-explore] [--balance] [--max-states N] [--time-budget S] [--workers N]',
  summary: 'check mission files: file:line:col severity code message',
  help: [
    '--json          one JSON object per file: { file, diagnostics } (every diagnostic)',
    '--all           print every diagnostic, not 20 of one code and severity and a row counting the rest',
    "--no-explore    skip the explorer's checks (unreachable-ending, never-reached-node, never-enabled-choice,",
    '                soft-lock, trap), which run when the static checks find no error',
    '--balance       also play each fight 1,000 times per stance policy and warn (combat-balance) when the best',
    '                policy wins under 60% or the worst over 99%, as the app does ("mission-studio balance" for more)',
    '--max-states N  states the explorer stores per file before it stops (default 2,000,000, as the app); a search',
    '                stopped there reports only soft-locks (each proven by a way into it), and says so on stderr',
    '--time-budget S seconds of search per file before it stops so (default 3, as the app; 0: no budget)',
    'Exit 1 on an error or on an unreachable ending, a soft-lock or a trap (as explore); 3 when a search was cut',
    'short and found nothing wrong in what it covered.',
    '--workers N     files checked at once in worker threads (default: cores, at most 4; 0: all in this thread)',
    "The same check as the app's: with --balance, the same findings for the same file.",
  ],
  options: {
    json: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    explore: { type: 'boolean', default: true },
    balance: { type: 'boolean', default: false },
    'max-states': { type: 'string' },
    'time-budget': { type: 'string' },
    workers: { type: 'string' },
  },
  run,
};
