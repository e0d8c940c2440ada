import { parseArgs } from 'node:util';
import { EXIT, type CliIo } from './cli-io';
import { validateCommand } from './commands/validate';
import { nodeIo } from './node-io';

const USAGE = `Usage: mission-studio <command> [options]

Commands:
  validate FILE... [--json]   check mission files; exit 0 clean, 1 errors, 2 unreadable or not a mission

Options:
  --json       machine-readable output (one JSON object per file and line)
  -h, --help   show this help
`;

/** Runs the command line and returns the exit code; `io` is the outside world (tests pass a fake). */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    io.err(`mission-studio: ${(error as Error).message}\n${USAGE}`);
    return EXIT.unusable;
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    (command === undefined && !parsed.values.help ? io.err : io.out)(USAGE);
    return command === undefined && !parsed.values.help ? EXIT.unusable : EXIT.ok;
  }
  switch (command) {
    case 'validate':
      if (files.length === 0) {
        io.err(`mission-studio validate: name at least one mission file\n`);
        return EXIT.unusable;
      }
      return validateCommand(io, files, { json: parsed.values.json });
    default:
      io.err(`mission-studio: unknown command '${command}'\n${USAGE}`);
      return EXIT.unusable;
  }
}
