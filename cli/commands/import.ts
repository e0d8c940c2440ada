import { plural } from '@mission-studio/core/strings';
import { loadMission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import { importTwine } from '@mission-studio/core/interop';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand } from '../command.types';
import { formatDiagnostic } from '../format-diagnostic';

/** `story.twee` or `story.html` becomes `story.mission.json` beside it. */
function defaultOutput(file: string): string {
  return `${file.replace(/\.(twee|tw|html?|txt)$/i, '')}.mission.json`;
}

/**
 * `mission-studio import FILE [-o OUT] [--story NAME]`: a Twine story (Twee 3, Twine 1-era Twee, a Twine 2
 * archive or published .html) becomes a mission file. Exit 0 when the mission was written, whatever its problems
 * (printed like `validate`: the import's notes at lines of FILE, the mission's problems at lines of OUT); 2 when
 * FILE cannot be read or is not a Twine story.
 */
async function importCommand(io: CliIo, file: string, values: { output?: string; story?: string }): Promise<number> {
  const read = await io.readText(file);
  if (!read.ok) {
    io.err(`mission-studio import: ${read.message}\n`);
    return EXIT.unusable;
  }
  const fallbackName = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
  const result = importTwine(read.text, { fallbackName, ...(values.story === undefined ? {} : { story: values.story }) });
  if (!result.ok) {
    io.err(`mission-studio import: ${file}:${result.line}: ${result.message}\n`);
    return EXIT.unusable;
  }
  const text = serializeMission(result.mission);
  const out = values.output ?? defaultOutput(file);
  const toStdout = out === '-';
  if (toStdout) io.out(text);
  else await io.writeText(out, text);
  // With the mission on stdout, findings go to stderr so the mission can be piped.
  const report = toStdout ? io.err : io.out;
  for (const d of result.diagnostics)
    report(`${formatDiagnostic(file, { ...d, range: { offset: 0, length: 0, line: d.sourceLine, column: 1 } })}\n`);
  const problems = loadMission(text).diagnostics;
  for (const d of problems) report(`${formatDiagnostic(toStdout ? '<stdout>' : out, d)}\n`);
  const { nodes, edges } = result.mission;
  io.err(
    `${toStdout ? 'imported' : `wrote ${out}:`} "${result.story}", ${plural(nodes.length, 'node')} and ${plural(edges.length, 'edge')}${problems.length > 0 ? `; ${plural(problems.length, 'problem')} to fix` : ''}\n`,
  );
  return EXIT.ok;
}

/** The `import` subcommand. */
export const importStory: CliCommand = {
  name: 'import',
  usage: 'import FILE [-o OUT] [--story NAME]',
  summary: 'make a mission of a Twine story (.twee, or Twine 2 .html: an archive or a published story)',
  help: [
    '-o, --output OUT   the mission file to write (default: FILE with .mission.json; "-": stdout)',
    '--story NAME       the story of a Twine archive to import (default: the first; the others are listed)',
    'Exit 0 when the mission was written (its problems printed like validate), 2 when FILE is not a Twine story.',
  ],
  options: {
    output: { type: 'string', short: 'o' },
    story: { type: 'string' },
  },
  run: async (io, files, options) => {
    const [file, ...extra] = files;
    if (file === undefined || extra.length > 0) {
      io.err('mission-studio import: name exactly one Twine file\n');
      return EXIT.unusable;
    }
    const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
    const output = text('output');
    const story = text('story');
    return importCommand(io, file, { ...(output !== undefined ? { output } : {}), ...(story !== undefined ? { story } : {}) });
  },
};
