import type { CliCommand } from '../command.types';
import { balance } from './balance';
import { explore } from './explore';
import { merge } from './merge';
import { exportMission } from './export';
import { importStory } from './import';
import { replay } from './replay';
import { serve } from './serve';
import { simulate } from './simulate';
import { strings } from './strings';
import { token } from './token';
import { validate } from './validate';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  validate,
  simulate,
  explore,
  balance,
  replay,
  exportMission,
  strings,
  importStory,
  merge,
  serve,
  token,
];
