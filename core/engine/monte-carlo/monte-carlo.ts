/** N random playthroughs of a whole mission: how often each ending is reached, and how long the way there is. */
import type { Mission } from '../../format/mission.types';
import { createRandomRunner } from './fast-run';
import type { EndingFrequency, MonteCarloOptions, MonteCarloReport, RandomRunResult, StopFrequency } from './monte-carlo.types';

const PROGRESS_EVERY = 1000;

/** The seed of run `i` of a Monte Carlo batch seeded `seed`. */
export function monteCarloRunSeed(seed: number, i: number): number {
  return (seed + i) | 0;
}

/** Plays runs `firstRun .. firstRun + runs - 1` (run i seeded `seed + i`) on the fast path and counts the endings. */
export function runMonteCarlo(mission: Mission, options: MonteCarloOptions = {}): MonteCarloReport {
  const now = options.now ?? Date.now;
  const started = now();
  const runs = Math.max(0, Math.floor(options.runs ?? 10_000));
  const seed = options.seed ?? 1;
  const firstRun = options.firstRun ?? 0;
  const factions = [...(options.factions ?? mission.meta.factions)];
  const combatPolicy = options.combatPolicy ?? 'auto';
  const runner = createRandomRunner(mission, {
    factions,
    combatPolicy,
    ...(options.maxInputs !== undefined ? { maxInputs: options.maxInputs } : {}),
  });
  const endings = emptyEndings(mission);
  const endingAt = new Map(endings.map((e) => [e.nodeId, e]));
  const stops = new Map<string, StopFrequency>();
  let inputsTotal = 0;
  let roundsTotal = 0;
  for (let k = 0; k < runs; k++) {
    const r = runner.run(monteCarloRunSeed(seed, firstRun + k));
    inputsTotal += r.inputs;
    roundsTotal += r.rounds;
    const ending = r.status === 'ended' && r.nodeId !== null ? endingAt.get(r.nodeId) : undefined;
    if (ending) {
      ending.count++;
      ending.inputsTotal += r.inputs;
    } else countStop(stops, r);
    if (options.onProgress && ((k + 1) % PROGRESS_EVERY === 0 || k + 1 === runs)) options.onProgress(k + 1, runs);
  }
  return summarize({
    runs,
    firstRun,
    seed,
    combatPolicy,
    factions,
    endings,
    stops: [...stops.values()],
    inputsTotal,
    roundsTotal,
    elapsedMs: now() - started,
  });
}

function emptyEndings(mission: Mission): EndingFrequency[] {
  const out: EndingFrequency[] = [];
  for (const n of mission.nodes) {
    if (n.type === 'end') out.push({ nodeId: n.id, outcome: n.data.outcome, count: 0, share: 0, inputsTotal: 0, meanInputs: 0 });
  }
  return out;
}

function countStop(stops: Map<string, StopFrequency>, r: RandomRunResult): void {
  const status = r.status === 'cut' ? 'cut' : 'stopped';
  const reason = r.reason ?? 'the run stopped';
  const key = `${status}\u0000${r.nodeId ?? ''}\u0000${reason}`;
  const stop = stops.get(key);
  if (stop) stop.count++;
  else stops.set(key, { status, nodeId: r.nodeId, reason, count: 1 });
}

type Counts = Omit<MonteCarloReport, 'meanInputs' | 'meanRounds'>;

/** Fills in the shares and means from the counts and totals. */
function summarize(c: Counts): MonteCarloReport {
  const per = (total: number, n: number): number => (n === 0 ? 0 : total / n);
  return {
    ...c,
    endings: c.endings.map((e) => ({ ...e, share: per(e.count, c.runs), meanInputs: per(e.inputsTotal, e.count) })),
    meanInputs: per(c.inputsTotal, c.runs),
    meanRounds: per(c.roundsTotal, c.runs),
  };
}

/**
 * One report from reports of consecutive run ranges with the same seed, policy and factions (e.g. from
 * workers): counts and totals add up, so the result equals one big run whatever the split. Elapsed time is
 * the longest part's, since the parts ran side by side.
 */
export function mergeMonteCarlo(parts: readonly MonteCarloReport[]): MonteCarloReport {
  const sorted = [...parts].sort((a, b) => a.firstRun - b.firstRun);
  const first = sorted[0];
  if (!first) throw new Error('mergeMonteCarlo needs at least one report');
  let next = first.firstRun;
  for (const p of sorted) {
    if (p.seed !== first.seed || p.combatPolicy !== first.combatPolicy || p.factions.join('\u0000') !== first.factions.join('\u0000')) {
      throw new Error('mergeMonteCarlo: the reports were made with different seeds, policies or factions');
    }
    if (p.firstRun !== next) throw new Error(`mergeMonteCarlo: runs ${next}..${p.firstRun - 1} are missing or overlap`);
    next += p.runs;
  }
  const endings = first.endings.map((e) => ({ ...e, count: 0, inputsTotal: 0 }));
  const stops = new Map<string, StopFrequency>();
  let inputsTotal = 0;
  let roundsTotal = 0;
  for (const p of sorted) {
    p.endings.forEach((e, i) => {
      const into = endings[i];
      if (into) {
        into.count += e.count;
        into.inputsTotal += e.inputsTotal;
      }
    });
    for (const s of p.stops) {
      const key = `${s.status}\u0000${s.nodeId ?? ''}\u0000${s.reason}`;
      const into = stops.get(key);
      if (into) into.count += s.count;
      else stops.set(key, { ...s });
    }
    inputsTotal += p.inputsTotal;
    roundsTotal += p.roundsTotal;
  }
  return summarize({
    runs: next - first.firstRun,
    firstRun: first.firstRun,
    seed: first.seed,
    combatPolicy: first.combatPolicy,
    factions: first.factions,
    endings,
    stops: [...stops.values()],
    inputsTotal,
    roundsTotal,
    elapsedMs: Math.max(...sorted.map((p) => p.elapsedMs)),
  });
}
