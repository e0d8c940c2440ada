// Issue 3's figures: simulator steps, explorer states per second beside a naive JSON-string BFS, combat
// fights per second, 10,000 random playthroughs of Second Wave, and (with --huge) a search past 2^24 states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { balanceCombat } from '../core/engine/combat/balance';
import { exploreMission } from '../core/engine/explorer/explore-mission';
import { runMonteCarlo } from '../core/engine/monte-carlo/monte-carlo';
import { createRandomChooser } from '../core/engine/monte-carlo/simulator-run';
import { advance } from '../core/engine/simulator/advance';
import { startRun } from '../core/engine/simulator/start-run';
import { flagsAndCounterMission } from '../core/engine/test-fixtures';
import type { Mission } from '../core/format/mission.types';
import { figure, heading, measure, ms } from './harness';
import { naiveExplore } from './naive-explore';

const secondWave = JSON.parse(readFileSync(join(__dirname, '..', 'missions', 'second-wave.mission.json'), 'utf8')) as Mission;
const perSecond = (n: number, millis: number): string => `${((n / millis) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })}/s`;
const millions = (n: number, millis: number): number => n / millis / 1000;

/** Random inputs through `advance`, one run after another, for about `budget` ms. */
function simulatorSteps(budget: number): { steps: number; millis: number } {
  const t0 = performance.now();
  let steps = 0;
  for (let seed = 1; performance.now() - t0 < budget; seed++) {
    const chooser = createRandomChooser(seed, secondWave.meta.factions);
    let state = startRun(secondWave, { faction: chooser.faction, seed });
    for (let input = chooser.choose(state); input !== null; input = chooser.choose(state)) {
      state = advance(secondWave, state, input).state;
      steps++;
    }
  }
  return { steps, millis: performance.now() - t0 };
}

async function benchExplorer(): Promise<void> {
  // 8 flags and a counter to 255 over 32 rooms of hubs: about a million states, 9 inputs each.
  const mission = flagsAndCounterMission(8, 255, 32);
  exploreMission(flagsAndCounterMission(8, 255, 2)); // warm up the kernel and the store
  const t0 = performance.now();
  const report = exploreMission(mission, { now: () => performance.now() });
  const exploreMs = performance.now() - t0;
  const naiveStart = performance.now();
  const naive = naiveExplore(mission);
  const naiveMs = performance.now() - naiveStart;
  const rate = millions(report.states, exploreMs);
  const naiveRate = millions(naive.states, naiveMs);
  figure(`explorer, 8 flags + counter: ${report.states.toLocaleString('en-US')} states, ${(report.transitions / report.states).toFixed(1)} inputs/state`, `${ms(exploreMs)}`);
  figure('explorer states per second (search + analysis)', `${rate.toFixed(2)} M/s`, { text: '>= 2 M/s', met: rate >= 2 });
  figure(`naive BFS, JSON keys in a Set (${naive.states.toLocaleString('en-US')} states)`, `${ms(naiveMs)}, ${naiveRate.toFixed(2)} M/s`);
  figure('explorer / naive', `${(rate / naiveRate).toFixed(1)}x`, { text: '>= 10x', met: rate / naiveRate >= 10 });
  if (naive.states !== report.states) figure('WARNING: the two searches disagree on the state count', `${naive.states} vs ${report.states}`);
}

async function benchCombatAndPlaythroughs(): Promise<void> {
  for (const nodeId of ['promenade-fight', 'space-battle']) {
    const runs = 2000;
    const stats = await measure(() => balanceCombat(secondWave, nodeId, { runs }), { warmup: 1, runs: 5 });
    figure(`combat fights per second, Second Wave "${nodeId}" (5 policies x ${runs})`, perSecond(runs * 5, stats.median));
  }
  const mc = await measure(() => runMonteCarlo(secondWave, { runs: 10_000 }), { warmup: 1, runs: 5 });
  figure('10,000 random playthroughs of Second Wave (auto stances)', ms(mc.median), { text: '<= 1000 ms', met: mc.median <= 1000 });
  const random = await measure(() => runMonteCarlo(secondWave, { runs: 10_000, combatPolicy: 'random' }), { warmup: 1, runs: 3 });
  figure('10,000 random playthroughs of Second Wave (random stances)', ms(random.median));
}

function benchHuge(): void {
  // 8 flags and a counter to 140,000 in one room: past 2^24 = 16,777,216 states, where a JS Set or Map stops.
  const mission = flagsAndCounterMission(8, 140_000, 1);
  const t0 = performance.now();
  const report = exploreMission(mission, { maxStates: 40_000_000, now: () => performance.now() });
  const millis = performance.now() - t0;
  figure(`huge: ${report.states.toLocaleString('en-US')} states, ${report.transitions.toLocaleString('en-US')} transitions`, `${(millis / 1000).toFixed(1)} s, ${millions(report.states, millis).toFixed(2)} M/s`, {
    text: '> 16,777,216 states, complete',
    met: report.states > 2 ** 24 && report.complete,
  });
}

/** Runs the engine benchmark; `--huge` adds the search past V8's Set limit (about a minute, a few GB). */
export async function benchEngine(): Promise<void> {
  heading('Engine (issue 3)');
  simulatorSteps(300);
  const sim = simulatorSteps(2000);
  figure('simulator steps per second (Second Wave, random inputs, advance)', perSecond(sim.steps, sim.millis));
  await benchCombatAndPlaythroughs();
  await benchExplorer();
  if (process.argv.includes('--huge')) benchHuge();
  else figure('huge search past 2^24 states', 'skipped (run with --huge)');
}
