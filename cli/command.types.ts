import type { CliIo } from './cli-io';

/** Option values as node:util parseArgs returns them. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** One `mission-studio` subcommand, as data: its options, its usage line, and what it does. */
export interface CliCommand {
  name: string;
  /** e.g. `validate FILE... [--json] [--no-explore]` */
  usage: string;
  summary: string;
  /** More lines for `mission-studio <command> --help`, e.g. one per option. */
  help?: readonly string[];
  options: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;
  /** Runs with the positional arguments and options; returns the exit code. */
  run(io: CliIo, positionals: string[], options: OptionValues): Promise<number>;
}
