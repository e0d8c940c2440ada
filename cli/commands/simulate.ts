import { sameInput, type Input } from '@mission-studio/core/engine';
import { createRandomChooser } from '@mission-studio/core/engine';
import { checkInputs, checkPlaythrough } from '@mission-studio/core/engine';
import type { PlayStep } from '@mission-studio/core/engine';
import { recordPlaythrough, serializePlaythrough } from '@mission-studio/core/engine';
import { formatTranscript } from '@mission-studio/core/engine';
import { advance } from '@mission-studio/core/engine';
import type { RunState } from '@mission-studio/core/engine';
import { startRun } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand, OptionValues } from '../command.types';
import { formatInput } from '../format-input';
import { errorNote, loadMissionFile } from '../load-mission-file';
import { integerOption } from '../option-values';

/** Picks each input; null means it has none to give (the run then stops where it waits). */
type Choose = (state: RunState) => Input | null;

/** Inputs from a file, in order; a fight the file says nothing about is auto-resolved. */
function fromList(inputs: readonly Input[]): Choose {
  let next = 0;
  return (state) => {
    const input = inputs[next];
    const fight = state.combat?.nodeId;
    const forThisFight = input !== undefined && input.nodeId === fight && input.kind.startsWith('combat');
    if (fight !== undefined && !forThisFight) return { kind: 'combat-auto', nodeId: fight };
    next++;
    return input ?? null;
  };
}

const first: Choose = (state) =>
  state.combat ? { kind: 'combat-auto', nodeId: state.combat.nodeId } : (state.available[0]?.input ?? null);

/** What `--choices FILE` holds: a playthrough (inputs, faction, seed) or a bare list of inputs. */
type ChoicesFile = { inputs: Input[]; faction?: string; seed?: number; description?: string };

async function readChoicesFile(io: CliIo, file: string): Promise<{ ok: true; value: ChoicesFile } | { ok: false; message: string }> {
  const read = await io.readText(file);
  if (!read.ok) return read;
  let doc: unknown;
  try {
    doc = JSON.parse(read.text);
  } catch (e) {
    return { ok: false, message: `${file}: not valid JSON: ${(e as Error).message}` };
  }
  if (Array.isArray(doc)) {
    const inputs = checkInputs(doc);
    return inputs.ok ? { ok: true, value: { inputs: inputs.value } } : { ok: false, message: `${file}: ${inputs.message}` };
  }
  const p = checkPlaythrough(doc);
  if (!p.ok) return { ok: false, message: `${file}: ${p.message} (expected a playthrough or a JSON list of inputs)` };
  const { inputs, faction, seed, description } = p.value;
  return { ok: true, value: { inputs, faction, seed, ...(description !== undefined ? { description } : {}) } };
}

/** Plays a run to its end, or until the chooser has nothing or offers what the run does not. */
function play(
  mission: Mission,
  faction: string,
  seed: number,
  choose: Choose,
  maxInputs: number,
): { state: RunState; steps: PlayStep[]; problem: string | null } {
  let state = startRun(mission, { faction, seed });
  const steps: PlayStep[] = [{ input: null, events: state.events }];
  while (state.status === 'awaiting-input') {
    // Taking the first choice can go round a hub forever: stop instead of hanging.
    if (state.inputs.length >= maxInputs)
      return { state, steps, problem: `stopped after ${maxInputs} inputs at "${state.nodeId}" (see --max-inputs)` };
    const input = choose(state);
    if (input === null) return { state, steps, problem: `the inputs ran out at "${state.nodeId}" after ${state.inputs.length} inputs` };
    if (!state.available.some((o) => sameInput(o.input, input))) {
      return { state, steps, problem: `input ${state.inputs.length + 1} (${formatInput(input)}) is not offered at "${state.nodeId}"` };
    }
    const next = advance(mission, state, input);
    state = next.state;
    steps.push({ input, events: next.events });
  }
  return { state, steps, problem: null };
}

async function run(io: CliIo, files: string[], options: OptionValues): Promise<number> {
  const fail = (message: string): number => {
    io.err(`mission-studio simulate: ${message}\n`);
    return EXIT.unusable;
  };
  if (files.length !== 1) return fail('name exactly one mission file');
  const file = files[0] as string;
  const loaded = await loadMissionFile(io, file);
  if (!loaded.ok) return fail(loaded.message);
  const { mission } = loaded;
  const choices = typeof options.choices === 'string' ? options.choices : 'first';
  let listed: ChoicesFile | null = null;
  if (choices !== 'first' && choices !== 'random') {
    const read = await readChoicesFile(io, choices);
    if (!read.ok) return fail(read.message);
    listed = read.value;
  }
  const faction = typeof options.faction === 'string' ? options.faction : (listed?.faction ?? mission.meta.factions[0] ?? '');
  if (!mission.meta.factions.includes(faction)) {
    return fail(`${file} has no faction '${faction}' (it has: ${mission.meta.factions.join(', ') || 'none'})`);
  }
  const seedOption = integerOption(options, 'seed', listed?.seed ?? 1);
  if (!seedOption.ok) return fail(seedOption.message);
  const seed = seedOption.value;
  const maxInputs = integerOption(options, 'max-inputs', 1000, { min: 1 });
  if (!maxInputs.ok) return fail(maxInputs.message);
  const note = errorNote(file, loaded.diagnostics);
  if (note) io.err(note);

  const choose = listed ? fromList(listed.inputs) : choices === 'random' ? createRandomChooser(seed, [faction]).choose : first;
  const { state, steps, problem } = play(mission, faction, seed, choose, maxInputs.value);

  if (options.json === true) {
    const { status, nodeId, ending, error, inputs, events } = state;
    io.out(
      `${JSON.stringify({ file, mission: mission.meta.id, faction, seed, status, nodeId, ending, error, problem, inputs, events })}\n`,
    );
  } else {
    io.out(`# ${mission.meta.title} (${mission.meta.id}) as ${faction}, seed ${seed}, choices: ${choices}\n`);
    for (const line of formatTranscript(mission, steps, { rounds: true })) io.out(`${line}\n`);
    if (problem) io.out(`STOPPED: ${problem}\n`);
  }
  if (typeof options.record === 'string') {
    if (state.status !== 'ended') {
      io.err(`mission-studio simulate: cannot record ${options.record}: the run did not reach an ending\n`);
      return EXIT.problems;
    }
    // Re-recording a playthrough (same file in and out) keeps its description.
    const description = listed?.description;
    await io.writeText(
      options.record,
      serializePlaythrough(recordPlaythrough(mission, state, description !== undefined ? { description } : {})),
    );
  }
  return state.status === 'ended' && problem === null ? EXIT.ok : EXIT.problems;
}

/** The `simulate` subcommand. */
export const simulate: CliCommand = {
  name: 'simulate',
  usage: 'simulate FILE [--faction F] [--seed N] [--choices first|random|FILE] [--json] [--record OUT] [--max-inputs N]',
  summary: 'play one run and print its transcript (or --json events); exit 1 if it stops short of an ending',
  help: [
    "--faction F     the faction to play (default: the playthrough's, else the mission's first)",
    "--seed N        seeds every fight (default: the playthrough's, else 1)",
    '--choices first take the first choice offered (default); fights are auto-resolved',
    '--choices random  a seeded random player, the same one `balance` uses for its random playthroughs',
    '--choices FILE  a *.playthrough.json or a JSON list of inputs; fights it says nothing about are auto-resolved',
    '--json          print the run as one JSON object with every event',
    '--record OUT    write the run as a playthrough file (it must reach an ending)',
    '--max-inputs N  stop a run that is still going after N inputs (default 1,000)',
  ],
  options: {
    faction: { type: 'string' },
    seed: { type: 'string' },
    choices: { type: 'string' },
    json: { type: 'boolean', default: false },
    record: { type: 'string' },
    'max-inputs': { type: 'string' },
  },
  run,
};
