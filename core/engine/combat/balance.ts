import type { Mission } from '../../format/mission.types';
import type { Diagnostic } from '../../validate/diagnostic.types';
import { throwIfCancelled, type CancelSignal } from '../cancel';
import { autoStanceCode } from './auto-stance';
import type { CombatBalance, PolicyStats } from './combat.types';
import { VICTORY, createFight, playFightRound, resetFight, ONGOING, type Fight } from './fight';
import { roll, seedRng, type CombatRng } from './rng';
import { buildRoster, type Roster } from './roster';
import { STANCE_CODES } from './rules';

/** A Monte Carlo policy on the fast path: picks a stance code for the next round. */
export type FastPolicy = (r: Roster, f: Fight, rng: CombatRng) => number;

/** The policies every balance run compares, in report order. */
export const BALANCE_POLICIES: ReadonlyArray<{ name: string; choose: FastPolicy }> = [
  { name: 'attack', choose: () => STANCE_CODES.attack },
  { name: 'defend', choose: () => STANCE_CODES.defend },
  { name: 'evasive', choose: () => STANCE_CODES.evasive },
  { name: 'auto', choose: autoStanceCode },
  { name: 'random', choose: (_r, _f, rng) => Math.floor(roll(rng) * 3) },
];

/** The combat seed of Monte Carlo run `i`; every policy gets the same seeds, so they face the same dice. */
export function balanceRunSeed(seed: number, i: number): number {
  return (seed + i) | 0;
}

/** The seed of the `random` policy's own generator for run `i`, kept apart from the combat's dice. */
export function policyRunSeed(seed: number, i: number): number {
  return (seed + i) ^ 0x5bd1e995;
}

/** Plays a fight from its start to its end on the fast path, reusing `f`. Returns nothing: read `f`. */
export function runFastFight(r: Roster, f: Fight, seed: number, policy: FastPolicy, policyRng: CombatRng): void {
  resetFight(r, f, seed);
  while (f.outcome === ONGOING) playFightRound(r, f, policy(r, f, policyRng), null);
}

/** Options of balanceCombat. */
export interface BalanceOptions {
  /** Fights per policy, default 2000. */
  runs?: number;
  /** Base seed, default 1. */
  seed?: number;
  onProgress?: (done: number, total: number) => void;
  /** Cancels the run: read every 250 fights, then it throws `CancelledError`. */
  signal?: CancelSignal;
}

const PROGRESS_EVERY = 250;

/**
 * What balancing one combat node may cost, in target scans (each shot scans the other side for the weakest
 * target, so a fight costs at most roundLimit x units^2): Second Wave's largest fight takes 23 million for
 * 1,000 runs of every policy, while the largest the schema allows (160 units, 100 rounds) would take 13 billion.
 * Past this budget a node gets fewer runs (never under MIN_BALANCE_RUNS), and its report says how many.
 */
const BALANCE_SCANS_PER_NODE = 60_000_000;
/** The fewest fights per policy a balance plays, whatever they cost. */
const MIN_BALANCE_RUNS = 10;

/** The runs per policy that fit BALANCE_SCANS_PER_NODE for this fight, at most `requested`. */
function affordableRuns(r: Roster, requested: number): number {
  const affordable = Math.floor(BALANCE_SCANS_PER_NODE / (worstFightScans(r) * BALANCE_POLICIES.length));
  return Math.min(requested, Math.max(MIN_BALANCE_RUNS, affordable));
}

function worstFightScans(r: Roster): number {
  return r.roundLimit * r.size * r.size;
}

/**
 * Random playthroughs of the whole mission that fit the same budget, at most `requested`, counting each fight
 * once per playthrough at its worst cost (a rough bound: enough to keep 160-unit sieges from taking minutes).
 */
export function affordablePlaythroughs(mission: Mission, requested: number): number {
  let scans = 0;
  for (const n of mission.nodes) if (n.type === 'combat') scans += worstFightScans(buildRoster(mission, n.id));
  if (scans === 0) return requested;
  return Math.min(requested, Math.max(MIN_BALANCE_RUNS, Math.floor(BALANCE_SCANS_PER_NODE / scans)));
}

/** Monte Carlo win rates and fight lengths of a combat node under each policy. */
export function balanceCombat(mission: Mission, nodeId: string, options: BalanceOptions = {}): CombatBalance {
  const r = buildRoster(mission, nodeId);
  const runs = affordableRuns(r, Math.max(1, Math.floor(options.runs ?? 2000)));
  const seed = options.seed ?? 1;
  const f = createFight(r, seed);
  const total = runs * BALANCE_POLICIES.length;
  const rounds = new Int32Array(runs);
  const policies: PolicyStats[] = [];
  let done = 0;
  for (const { name, choose } of BALANCE_POLICIES) {
    let wins = 0;
    let losses = 0;
    for (let i = 0; i < runs; i++) {
      runFastFight(r, f, balanceRunSeed(seed, i), choose, seedRng(policyRunSeed(seed, i)));
      if (f.outcome === VICTORY) wins++;
      for (let a = 0; a < r.allyCount; a++) losses += 1 - (f.alive[a] ?? 0);
      rounds[i] = f.round;
      done++;
      if (done % PROGRESS_EVERY === 0) throwIfCancelled(options.signal, 'the balance run');
      if (options.onProgress && (done % PROGRESS_EVERY === 0 || done === total)) options.onProgress(done, total);
    }
    rounds.sort();
    policies.push({
      policy: name,
      runs,
      winRate: wins / runs,
      roundsMedian: percentile(rounds, 0.5),
      roundsP90: percentile(rounds, 0.9),
      allyLossesMean: losses / runs,
    });
  }
  return { nodeId, nodeIndex: r.nodeIndex, title: r.title, policies, ...pickBestAndWorst(policies) };
}

/** balanceCombat on every combat node of the mission, in file order, with one progress count for all. */
export function balanceAllCombats(mission: Mission, options: BalanceOptions = {}): CombatBalance[] {
  const ids = mission.nodes.filter((n) => n.type === 'combat').map((n) => n.id);
  const perNode = Math.max(1, Math.floor(options.runs ?? 2000)) * BALANCE_POLICIES.length;
  const onProgress = options.onProgress;
  return ids.map((id, k) =>
    balanceCombat(mission, id, {
      ...options,
      onProgress: onProgress && ((done) => onProgress(k * perNode + done, ids.length * perNode)),
    }),
  );
}

/** Nearest-rank percentile of sorted values: a whole number of rounds that some fight really took. */
function percentile(sorted: Int32Array, q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

function pickBestAndWorst(policies: readonly PolicyStats[]): { best: string; worst: string } {
  let best = policies[0];
  let worst = policies[0];
  for (const p of policies) {
    if (!best || p.winRate > best.winRate || (p.winRate === best.winRate && p.roundsMedian < best.roundsMedian)) {
      best = p;
    }
    if (!worst || p.winRate < worst.winRate) worst = p;
  }
  return { best: best?.policy ?? '', worst: worst?.policy ?? '' };
}

/** Thresholds of balanceDiagnostics. */
export interface BalanceThresholds {
  /** The best policy should win at least this often, default 0.6. */
  minBestWinRate?: number;
  /** The worst policy should win at most this often, default 0.99. */
  maxWorstWinRate?: number;
}

/** `combat-balance` warnings for fights too hard for any policy or too easy to lose with any. */
export function balanceDiagnostics(balances: readonly CombatBalance[], options: BalanceThresholds = {}): Diagnostic[] {
  const minBest = options.minBestWinRate ?? 0.6;
  const maxWorst = options.maxWorstWinRate ?? 0.99;
  const out: Diagnostic[] = [];
  for (const b of balances) {
    const best = b.policies.find((p) => p.policy === b.best);
    const worst = b.policies.find((p) => p.policy === b.worst);
    const at = { code: 'combat-balance', severity: 'warning', nodeId: b.nodeId, path: `/nodes/${b.nodeIndex}` } as const;
    if (best && best.winRate < minBest) {
      out.push({
        ...at,
        message:
          `Combat "${b.title}" is too hard: its best policy (${best.policy}) wins only ${percent(best.winRate)} ` +
          `of ${best.runs} fights (aim for at least ${percent(minBest)}).`,
      });
    }
    if (worst && worst.winRate > maxWorst) {
      out.push({
        ...at,
        message:
          `Combat "${b.title}" cannot really be lost: even its worst policy (${worst.policy}) wins ` +
          `${percent(worst.winRate)} of ${worst.runs} fights (aim for at most ${percent(maxWorst)}).`,
      });
    }
  }
  return out;
}

function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
