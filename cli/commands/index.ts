import type { CliCommand } from '../command.types';
import { balance } from './balance';
import { explore } from './explore';
import { exportMission } from './export';
import { replay } from './replay';
import { simulate } from './simulate';
import { strings } from './strings';
import { validate } from './validate';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [validate, simulate, explore, balance, replay, exportMission, strings];
