import { parseArgs } from 'node:util';
import { EXIT, type CliIo } from './cli-io';
import type { CliCommand } from './command.types';
import { COMMANDS } from './commands';
import { nodeIo } from './node-io';

function usage(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `Usage: mission-studio <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nExit codes: 0 clean, 1 problems found, 2 input unusable.\nRun "mission-studio <command> --help" for a command's options.\n`;
}

function parseFor(command: CliCommand, argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: { ...command.options, help: { type: 'boolean', short: 'h', default: false } },
  });
}

/** Runs the command line and returns the exit code; `io` is the outside world (tests pass a fake). */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`mission-studio: unknown command '${name}'\n${usage()}`);
    return EXIT.unusable;
  }
  let parsed;
  try {
    parsed = parseFor(command, rest);
  } catch (error) {
    io.err(`mission-studio ${name}: ${(error as Error).message}\nUsage: mission-studio ${command.usage}\n`);
    return EXIT.unusable;
  }
  if (parsed.values.help) {
    const more = command.help ? `\n${command.help.map((line) => `  ${line}`).join('\n')}\n` : '';
    io.out(`Usage: mission-studio ${command.usage}\n${command.summary}\n${more}`);
    return EXIT.ok;
  }
  return command.run(io, parsed.positionals, parsed.values);
}
