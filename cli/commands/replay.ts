import { dirname, join } from 'node:path';
import { parsePlaythrough } from '@mission-studio/core/engine';
import type { Playthrough } from '@mission-studio/core/engine';
import { replayPlaythrough } from '@mission-studio/core/engine';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand, OptionValues } from '../command.types';
import { loadMissionFile, type LoadedMission } from '../load-mission-file';

/**
 * Where a playthrough's mission may be: `<id>.mission.json` or `missions/<id>.mission.json` in the
 * playthrough's folder or any folder above it (as far as the path goes), then the same two in the cwd.
 */
export function missionCandidates(playthroughFile: string, missionId: string): string[] {
  const name = `${missionId}.mission.json`;
  const out: string[] = [];
  const add = (dir: string): void => {
    for (const f of [join(dir, name), join(dir, 'missions', name)]) if (!out.includes(f)) out.push(f);
  };
  for (let dir = dirname(playthroughFile); ; dir = dirname(dir)) {
    add(dir);
    if (dirname(dir) === dir) break;
  }
  add('.');
  return out;
}

async function findMission(
  io: CliIo,
  file: string,
  p: Playthrough,
  cache: Map<string, Promise<LoadedMission>>,
): Promise<{ path: string; loaded: LoadedMission } | null> {
  for (const path of missionCandidates(file, p.mission)) {
    if (!cache.has(path)) cache.set(path, loadMissionFile(io, path));
    const loaded = await (cache.get(path) as Promise<LoadedMission>);
    // A candidate that cannot be read is simply not there; one that exists but is broken is the answer.
    if (loaded.ok || !/cannot read/.test(loaded.message)) return { path, loaded };
  }
  return null;
}

async function run(io: CliIo, files: string[], options: OptionValues): Promise<number> {
  if (files.length === 0) {
    io.err('mission-studio replay: name at least one playthrough file\n');
    return EXIT.unusable;
  }
  const cache = new Map<string, Promise<LoadedMission>>();
  const given = typeof options.mission === 'string' ? options.mission : null;
  let exitCode: number = EXIT.ok;
  const unusable = (message: string): void => {
    io.err(`mission-studio replay: ${message}\n`);
    exitCode = EXIT.unusable;
  };
  for (const file of files) {
    const read = await io.readText(file);
    if (!read.ok) {
      unusable(read.message);
      continue;
    }
    const parsed = parsePlaythrough(read.text);
    if (!parsed.ok) {
      unusable(`${file}: ${parsed.message}`);
      continue;
    }
    const p = parsed.value;
    let found: { path: string; loaded: LoadedMission } | null;
    if (given !== null) {
      if (!cache.has(given)) cache.set(given, loadMissionFile(io, given));
      found = { path: given, loaded: await (cache.get(given) as Promise<LoadedMission>) };
    } else found = await findMission(io, file, p, cache);
    if (!found) {
      unusable(
        `${file}: cannot find mission "${p.mission}" (looked for ${p.mission}.mission.json beside it, above it and in missions/); pass --mission FILE`,
      );
      continue;
    }
    if (!found.loaded.ok) {
      unusable(found.loaded.message);
      continue;
    }
    const verdict = replayPlaythrough(found.loaded.mission, p);
    if (options.json === true) {
      io.out(
        `${JSON.stringify({ file, mission: found.path, ok: verdict.ok, ...(verdict.ok ? {} : { firstDifference: verdict.firstDifference }) })}\n`,
      );
    } else if (verdict.ok) {
      io.out(`ok   ${file} (${p.expect.ending}, ${p.inputs.length} inputs)\n`);
    } else {
      const d = verdict.firstDifference;
      io.out(
        `FAIL ${file}: ${d.at === 'end' ? 'at the end' : `at input ${d.at + 1}`}: ${d.message}\n     expected: ${d.expected}\n     actual:   ${d.actual}\n`,
      );
    }
    if (!verdict.ok) exitCode = Math.max(exitCode, EXIT.problems);
  }
  return exitCode;
}

/** The `replay` subcommand. */
export const replay: CliCommand = {
  name: 'replay',
  usage: 'replay FILE.playthrough.json... [--mission FILE] [--json]',
  summary: 'replay recorded playthroughs; exit 1 on any difference, printing the first one',
  help: [
    '--mission FILE  the mission to replay on (default: <id>.mission.json beside the playthrough, above it, or in missions/)',
    '--json          one JSON object per playthrough: { file, mission, ok, firstDifference? }',
  ],
  options: { mission: { type: 'string' }, json: { type: 'boolean', default: false } },
  run,
};
