import type { CliCommand } from '../command.types';
import { validate } from './validate';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [validate];
