import { plural } from '@mission-studio/core/strings';
import { applyTextStyle, detectTextStyle } from '@mission-studio/core/format';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import { mergeMissions } from '@mission-studio/core/merge';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand } from '../command.types';
import { formatDiagnostic } from '../format-diagnostic';
import { loadMissionFile } from '../load-mission-file';

/**
 * `mission-studio merge BASE OURS THEIRS [-o OUT]`: the three-way merge of core/merge, written to OUT (stdout
 * without). Exit 0 clean, 1 written with conflicts (each listed on stderr), 2 an input unusable (nothing is
 * written then: as a git merge driver, git keeps our file and reports the conflict). The text takes OURS' line
 * endings and byte order mark, so a Windows checkout stays as it was.
 */
async function mergeCommand(io: CliIo, files: { base: string; ours: string; theirs: string }, output: string | undefined): Promise<number> {
  const loaded: Mission[] = [];
  let oursText = '';
  for (const [i, file] of [files.base, files.ours, files.theirs].entries()) {
    const one = await loadMissionFile(io, file);
    if (!one.ok) {
      io.err(`mission-studio merge: ${one.message}\n`);
      return EXIT.unusable;
    }
    loaded.push(one.mission);
    if (i === 1) oursText = one.text;
  }
  const [base, ours, theirs] = loaded as [Mission, Mission, Mission];
  const { mission } = mergeMissions(base, ours, theirs);
  const text = applyTextStyle(serializeMission(mission), detectTextStyle(oursText));
  const shownAs = output === undefined || output === '-' ? '<stdout>' : output;
  // Every conflict as the validator names it, located in the merged text, for the terminal and git's output.
  const conflicts = loadMission(text).diagnostics.filter((d) => d.code === 'merge-conflict');
  if (output === undefined || output === '-') io.out(text);
  else {
    try {
      await io.writeText(output, text);
    } catch (error) {
      io.err(`mission-studio merge: ${output}: cannot write: ${(error as Error).message}\n`);
      return EXIT.unusable;
    }
  }
  for (const d of conflicts) io.err(`${formatDiagnostic(shownAs, d)}\n`);
  if (conflicts.length === 0) return EXIT.ok;
  io.err(
    `mission-studio merge: ${plural(conflicts.length, 'conflict')} written to ${shownAs}; open it in Mission Studio and take mine or theirs in Problems\n`,
  );
  return EXIT.problems;
}

/** The `merge` subcommand. */
export const merge: CliCommand = {
  name: 'merge',
  usage: 'merge BASE OURS THEIRS [-o OUT]',
  summary: 'three-way merge of mission files by node, edge and declaration id; a git merge driver (exit 1: conflicts written)',
  help: [
    '-o, --output OUT   the file to write ("-" or none: stdout); as a git driver, -o %A',
    'Git: in .gitattributes   *.mission.json merge=mission-studio',
    '     git config merge.mission-studio.driver "npx mission-studio merge %O %A %B -o %A"',
  ],
  options: { output: { type: 'string', short: 'o' } },
  run: async (io, files, options) => {
    const [base, ours, theirs, ...extra] = files;
    if (base === undefined || ours === undefined || theirs === undefined || extra.length > 0) {
      io.err('mission-studio merge: name three mission files: BASE OURS THEIRS\n');
      return EXIT.unusable;
    }
    return mergeCommand(io, { base, ours, theirs }, typeof options.output === 'string' ? options.output : undefined);
  },
};
