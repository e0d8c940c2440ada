import { describe, expect, it } from 'vitest';
import { balanceCombat } from '@mission-studio/core/engine';
import type { CombatBalance } from '@mission-studio/core/engine';
import type { MonteCarloReport } from '@mission-studio/core/engine';
import { runMonteCarlo } from '@mission-studio/core/engine';
import { buildMission, flawedMission, n, tourMission } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import { serializeMission } from '@mission-studio/core/format';
import { fakeIo } from '../fake-io';
import { main } from '../main';
import { planTasks } from './balance';

type Printed = { combats: CombatBalance[]; playthroughs: MonteCarloReport; diagnostics: Diagnostic[] };

/** A fight nobody wins: one scout against five raiders. */
function hopeless(): Mission {
  return buildMission({
    nodes: [
      n.start('s'),
      n.combat('ambush', {
        mode: 'space',
        allies: [{ unit: 'scout', count: 1 }],
        enemies: [{ unit: 'raider', count: 5 }],
        goal: { type: 'defeat-all' },
        roundLimit: 4,
      }),
      n.end('won'),
      n.end('lost', 'failure'),
    ],
    edges: [
      ['s', 'next', 'ambush'],
      ['ambush', 'victory', 'won'],
      ['ambush', 'defeat', 'lost'],
    ],
  });
}

const files = {
  'tour.mission.json': serializeMission(tourMission()),
  'hopeless.mission.json': serializeMission(hopeless()),
  'flawed.mission.json': serializeMission(flawedMission()),
};

async function balanceJson(args: string[]): Promise<Printed> {
  const io = fakeIo(files);
  await main(['balance', '--json', ...args], io);
  return JSON.parse(io.stdout) as Printed;
}

describe('mission-studio balance', () => {
  it('prints each combat’s policies and the ending frequencies of random playthroughs', async () => {
    const io = fakeIo(files);
    expect(await main(['balance', 'tour.mission.json', '--runs', '300', '--workers', '0'], io)).toBe(0);
    expect(io.stdout).toMatch(
      /^tour\.mission\.json: 300 fights per policy for each of 1 combat, 300 random playthroughs \(seed 1, 0 workers, [\d.]+ s\)\n/,
    );
    expect(io.stdout).toContain('\nfight "fight": best ');
    expect(io.stdout).toMatch(/\n {2}attack +\d+\.\d% +\d+ +\d+ +\d\.\d\d\n/);
    expect(io.stdout).toMatch(
      /\nRandom playthroughs: 300 \(fights auto-resolved\), mean [\d.]+ inputs and [\d.]+ combat rounds\n {2}won +success +[\d.]+%/,
    );
  });

  it('gives the figures of balanceCombat and runMonteCarlo for the same seed', async () => {
    const printed = await balanceJson(['tour.mission.json', '--runs', '250', '--seed', '9', '--workers', '0']);
    expect(printed.combats).toEqual([balanceCombat(tourMission(), 'fight', { runs: 250, seed: 9 })]);
    const direct = runMonteCarlo(tourMission(), { runs: 250, seed: 9 });
    expect({ ...printed.playthroughs, elapsedMs: 0 }).toEqual({ ...direct, elapsedMs: 0 });
  });

  it('gives the same figures from worker threads as from this one', async () => {
    const args = ['tour.mission.json', '--runs', '2500', '--seed', '3'];
    const here = await balanceJson([...args, '--workers', '0']);
    const pooled = await balanceJson([...args, '--workers', '2']);
    expect(pooled.combats).toEqual(here.combats);
    expect({ ...pooled.playthroughs, elapsedMs: 0 }).toEqual({ ...here.playthroughs, elapsedMs: 0 });
  });

  it('keeps the default 2,000 playthroughs in one task, and gives workers ranges only of tens of thousands', () => {
    const ranges = (runs: number, workers: number) =>
      planTasks(tourMission(), 100, runs, 1, workers).flatMap((t) => (t.kind === 'playthroughs' ? [[t.firstRun, t.runs]] : []));
    expect(ranges(2000, 4)).toEqual([[0, 2000]]);
    expect(ranges(25_000, 4)).toEqual([
      [0, 12_500],
      [12_500, 12_500],
    ]);
    expect(ranges(100_000, 4)).toEqual([
      [0, 25_000],
      [25_000, 25_000],
      [50_000, 25_000],
      [75_000, 25_000],
    ]);
    // A mission without fights is then one task, which runs in this thread: no worker to start, no copy to send.
    const chain = buildMission({ nodes: [n.start('s'), n.end('e')], edges: [['s', 'next', 'e']] });
    expect(planTasks(chain, 2000, 2000, 1, 4)).toHaveLength(1);
  });

  it('warns with file:line:col when a fight is too hard for every policy', async () => {
    const io = fakeIo(files);
    expect(await main(['balance', 'hopeless.mission.json', '--runs', '200', '--workers', '0'], io)).toBe(0);
    expect(io.stdout).toMatch(/\nhopeless\.mission\.json:\d+:\d+ warning combat-balance Combat "ambush" is too hard: /);
  });

  it('exits 1 when random playthroughs get stuck without an ending', async () => {
    const io = fakeIo(files);
    expect(await main(['balance', 'flawed.mission.json', '--runs', '200', '--workers', '0'], io)).toBe(1);
    expect(io.stdout).toMatch(/\n {2}STOPPED at stuck: soft-lock: nothing can be chosen here \(\d+\)\n/);
  });

  it('shows progress as plain lines when stderr is not a terminal, and as a bar when it is', async () => {
    const plain = fakeIo(files);
    await main(['balance', 'tour.mission.json', '--runs', '200', '--workers', '0'], plain);
    expect(plain.stderr).toBe('balance: 25%\nbalance: 50%\nbalance: 75%\nbalance: 100%\n');
    const tty = fakeIo(files);
    tty.isTty = true;
    await main(['balance', 'tour.mission.json', '--runs', '200', '--workers', '0'], tty);
    expect(tty.stderr).toMatch(/^\rbalance \[[#.]{30}\] \d+% \d+\/1200/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('exits 2 for a bad --runs or --workers value', async () => {
    for (const argv of [
      ['--runs', '0'],
      ['--workers', 'many'],
    ]) {
      const io = fakeIo(files);
      expect(await main(['balance', 'tour.mission.json', ...argv], io)).toBe(2);
      expect(io.stderr).toMatch(new RegExp(`^mission-studio balance: ${argv[0]} takes a whole number`));
    }
  });
});
