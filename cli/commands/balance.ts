import { plural } from '@mission-studio/core/strings';
import { affordablePlaythroughs, BALANCE_POLICIES, balanceDiagnostics } from '@mission-studio/core/engine';
import type { CombatBalance } from '@mission-studio/core/engine';
import { mergeMonteCarlo } from '@mission-studio/core/engine';
import type { MonteCarloReport } from '@mission-studio/core/engine';
import { locateDiagnostics } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import { taskSize, type BalanceTask, type BalanceTaskResult } from '../balance-tasks';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand, OptionValues } from '../command.types';
import { formatDiagnostic } from '../format-diagnostic';
import { errorNote, loadMissionFile } from '../load-mission-file';
import { integerOption } from '../option-values';
import { createProgress } from '../progress-bar';
import { defaultWorkerCount, runTasks, threadsFor } from '../worker-pool';

const count = (n: number): string => n.toLocaleString('en-US');
const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * Random playthroughs per task, at least. A worker costs its start, a copy of the whole mission and compiling it
 * again; a playthrough costs a fraction of a millisecond. At 1,000 a task, the default 2,000 went to two workers,
 * and on a 10,050-node chain that made 0.5 s of playthroughs take 4 to 12 s. So the default is one task, run
 * here when there are no fights to balance beside it; ranges go to workers only for runs in the tens of thousands.
 */
const PLAYTHROUGHS_PER_TASK = 10_000;

/** The tasks: one per combat node, and the random playthroughs in ranges of at least `PLAYTHROUGHS_PER_TASK`. */
export function planTasks(mission: Mission, fights: number, runs: number, seed: number, workers: number): BalanceTask[] {
  const tasks: BalanceTask[] = mission.nodes
    .filter((n) => n.type === 'combat')
    .map((n) => ({ kind: 'combat', mission, nodeId: n.id, runs: fights, seed }));
  const parts = Math.max(1, Math.min(workers, Math.floor(runs / PLAYTHROUGHS_PER_TASK)));
  for (let k = 0, firstRun = 0; k < parts; k++) {
    const size = Math.floor(runs / parts) + (k < runs % parts ? 1 : 0);
    tasks.push({ kind: 'playthroughs', mission, firstRun, runs: size, seed });
    firstRun += size;
  }
  return tasks;
}

function formatCombat(b: CombatBalance): string[] {
  const lines = [`${b.nodeId} "${b.title}": best ${b.best}, worst ${b.worst}`, '  policy    wins    rounds median  p90   ally losses'];
  for (const p of b.policies) {
    lines.push(
      `  ${p.policy.padEnd(8)}  ${percent(p.winRate).padStart(6)}  ${String(p.roundsMedian).padStart(13)}  ${String(p.roundsP90).padStart(3)}   ${p.allyLossesMean.toFixed(2).padStart(11)}`,
    );
  }
  return lines;
}

function formatPlaythroughs(r: MonteCarloReport): string[] {
  const lines = [
    `Random playthroughs: ${count(r.runs)} (fights auto-resolved), mean ${r.meanInputs.toFixed(1)} inputs and ${r.meanRounds.toFixed(1)} combat rounds`,
  ];
  const width = Math.max(0, ...r.endings.map((e) => e.nodeId.length));
  for (const e of r.endings) {
    lines.push(
      `  ${e.nodeId.padEnd(width)}  ${e.outcome.padEnd(7)}  ${percent(e.share).padStart(6)}  (${count(e.count)})${e.count > 0 ? `  mean ${e.meanInputs.toFixed(1)} inputs` : ''}`,
    );
  }
  for (const s of r.stops)
    lines.push(`  ${s.status === 'cut' ? 'cut' : 'STOPPED'} at ${s.nodeId ?? '(start)'}: ${s.reason} (${count(s.count)})`);
  return lines;
}

async function run(io: CliIo, files: string[], options: OptionValues): Promise<number> {
  const fail = (message: string): number => {
    io.err(`mission-studio balance: ${message}\n`);
    return EXIT.unusable;
  };
  if (files.length !== 1) return fail('name exactly one mission file');
  const file = files[0] as string;
  const runs = integerOption(options, 'runs', 2000, { min: 1, max: 10_000_000 });
  if (!runs.ok) return fail(runs.message);
  const seed = integerOption(options, 'seed', 1);
  if (!seed.ok) return fail(seed.message);
  const workers = integerOption(options, 'workers', defaultWorkerCount(), { min: 0, max: 64 });
  if (!workers.ok) return fail(workers.message);
  const loaded = await loadMissionFile(io, file);
  if (!loaded.ok) return fail(loaded.message);
  const note = errorNote(file, loaded.diagnostics);
  if (note) io.err(note);

  const { mission } = loaded;
  // Huge fights get fewer runs (core/engine/combat/balance.ts says why); the report gives the counts played.
  const playthroughRuns = affordablePlaythroughs(mission, runs.value);
  if (playthroughRuns < runs.value)
    io.err(`note: ${file}: its fights are large: ${count(playthroughRuns)} random playthroughs, not ${count(runs.value)}\n`);
  const tasks = planTasks(mission, runs.value, playthroughRuns, seed.value, workers.value);
  const total = tasks.reduce((sum, t) => sum + taskSize(t), 0);
  const bar = createProgress(io.errControl, { label: 'balance', tty: io.isTty });
  const started = performance.now();
  let results: BalanceTaskResult[];
  try {
    results = await runTasks('balance', tasks, { workers: workers.value, onProgress: (done) => bar.update(done, total) });
  } catch (e) {
    bar.finish();
    io.err(`mission-studio balance: ${file}: ${(e as Error).message}\n`);
    return EXIT.problems;
  }
  bar.finish();
  const elapsedMs = performance.now() - started;
  const combats = results.flatMap((r) => (r.kind === 'combat' ? [r.balance] : []));
  const playthroughs = mergeMonteCarlo(results.flatMap((r) => (r.kind === 'playthroughs' ? [r.report] : [])));
  const diagnostics = locateDiagnostics(loaded.text, balanceDiagnostics(combats));
  const stopped = playthroughs.stops.some((s) => s.status === 'stopped');

  if (options.json === true) {
    io.out(
      `${JSON.stringify({ file, runs: runs.value, seed: seed.value, policies: BALANCE_POLICIES.map((p) => p.name), combats, playthroughs, diagnostics, elapsedMs })}\n`,
    );
  } else {
    const fights = new Set(combats.map((b) => b.policies[0]?.runs ?? runs.value));
    const perPolicy = fights.size <= 1 ? count([...fights][0] ?? runs.value) : 'up to ' + count(Math.max(...fights));
    const head = `${file}: ${perPolicy} fights per policy for each of ${plural(combats.length, 'combat')}, ${count(playthroughs.runs)} random playthroughs`;
    const threads = threadsFor(workers.value, tasks.length);
    io.out(`${head} (seed ${seed.value}, ${plural(threads, 'worker')}, ${(elapsedMs / 1000).toFixed(1)} s)\n`);
    for (const b of combats) io.out(`\n${formatCombat(b).join('\n')}\n`);
    io.out(`\n${formatPlaythroughs(playthroughs).join('\n')}\n`);
    if (diagnostics.length > 0) io.out(`\n${diagnostics.map((d) => formatDiagnostic(file, d)).join('\n')}\n`);
  }
  return stopped ? EXIT.problems : EXIT.ok;
}

/** The `balance` subcommand. */
export const balance: CliCommand = {
  name: 'balance',
  usage: 'balance FILE [--runs N] [--seed N] [--workers N] [--json]',
  summary: 'Monte Carlo: win rates per combat and stance policy, ending frequencies of random playthroughs',
  help: [
    '--runs N      fights per policy per combat, and random playthroughs (default 2,000)',
    '--seed N      base seed (default 1): run i is seeded N + i, so results repeat exactly',
    '--workers N   worker threads (default: cores, at most 4; 0 runs everything in this thread)',
    '--json        print every figure as one JSON object',
    'Prints combat-balance warnings (a fight its best policy wins under 60% of the time, or its worst over 99%);',
    'validate does not, because these runs are slow. Exit 1 when a random playthrough stops without an ending.',
  ],
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  run,
};
