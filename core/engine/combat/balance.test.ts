import { describe, expect, it } from 'vitest';
import { autoStance } from './auto-stance';
import { balanceAllCombats, balanceCombat, balanceDiagnostics, balanceRunSeed, policyRunSeed } from './balance';
import { resolveCombat, startCombat, type CombatPolicy } from './combat';
import type { CombatBalance, PolicyStats, Stance } from './combat.types';
import { roll, seedRng } from './rng';
import { STANCE_BY_CODE } from './rules';
import { fixtureMission, withUnit } from './test-fixtures';

const mission = fixtureMission();

/** The slow path's version of each balance policy, for run `i` of a balance with base seed `seed`. */
function slowPolicy(name: string, seed: number, i: number): CombatPolicy {
  if (name === 'auto') return autoStance;
  if (name === 'random') {
    const rng = seedRng(policyRunSeed(seed, i));
    return () => STANCE_BY_CODE[Math.floor(roll(rng) * 3)]!;
  }
  return () => name as Stance;
}

describe('balanceCombat', () => {
  it('reports the same figures as playing every run through resolveCombat', () => {
    const runs = 40;
    const seed = 77;
    const balance = balanceCombat(mission, 'escort', { runs, seed });
    for (const stats of balance.policies) {
      const results = Array.from(
        { length: runs },
        (_, i) => resolveCombat(mission, startCombat(mission, 'escort', balanceRunSeed(seed, i)), slowPolicy(stats.policy, seed, i)).state,
      );
      const rounds = results.map((s) => s.round).sort((a, b) => a - b);
      expect(stats.winRate).toBe(results.filter((s) => s.outcome === 'victory').length / runs);
      expect(stats.allyLossesMean).toBeCloseTo(results.reduce((n, s) => n + s.allies.filter((a) => !a.alive).length, 0) / runs, 12);
      expect(stats.roundsMedian).toBe(rounds[Math.ceil(runs * 0.5) - 1]);
      expect(stats.roundsP90).toBe(rounds[Math.ceil(runs * 0.9) - 1]);
    }
  });

  it('compares the five policies and names the best and the worst by win rate', () => {
    const balance = balanceCombat(mission, 'space', { runs: 200 });
    expect(balance).toMatchObject({ nodeId: 'space', nodeIndex: 2, title: 'Raider Ambush' });
    expect(balance.policies.map((p) => p.policy)).toEqual(['attack', 'defend', 'evasive', 'auto', 'random']);
    const rates = balance.policies.map((p) => p.winRate);
    const byName = (name: string) => balance.policies.find((p) => p.policy === name)!;
    expect(byName(balance.best).winRate).toBe(Math.max(...rates));
    expect(byName(balance.worst).winRate).toBe(Math.min(...rates));
    for (const p of balance.policies) {
      expect(p.runs).toBe(200);
      expect(p.roundsMedian).toBeLessThanOrEqual(p.roundsP90);
      expect(p.roundsP90).toBeLessThanOrEqual(20);
    }
  });

  it('gives the same figures for the same seed', () => {
    expect(balanceCombat(mission, 'ground', { runs: 100, seed: 5 })).toEqual(balanceCombat(mission, 'ground', { runs: 100, seed: 5 }));
  });

  it('wins more often when the enemies get weaker', () => {
    const base = balanceCombat(mission, 'space', { runs: 300 });
    const easier = balanceCombat(withUnit(mission, 'cruiser', { hull: 40, shields: 10 }), 'space', { runs: 300 });
    const rate = (b: CombatBalance) => b.policies.reduce((n, p) => n + p.winRate, 0);
    expect(rate(easier)).toBeGreaterThan(rate(base));
  });

  it('reports progress up to the total number of fights', () => {
    const calls: Array<[number, number]> = [];
    balanceCombat(mission, 'ground', { runs: 120, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls[calls.length - 1]).toEqual([600, 600]);
    expect(calls.every(([done], i) => i === 0 || done > calls[i - 1]![0])).toBe(true);
  });

  it('throws a clear error for a node that is not a combat node', () => {
    expect(() => balanceCombat(mission, 'end')).toThrow(/not a combat node/);
  });
});

describe('balanceAllCombats', () => {
  it('balances every combat node in file order with one progress count', () => {
    let last: [number, number] = [0, 0];
    const all = balanceAllCombats(mission, { runs: 20, onProgress: (d, t) => (last = [d, t]) });
    expect(all.map((b) => b.nodeId)).toEqual(['space', 'ground', 'escort']);
    expect(last).toEqual([300, 300]);
  });
});

const stats = (policy: string, winRate: number): PolicyStats => ({
  policy,
  runs: 1000,
  winRate,
  roundsMedian: 5,
  roundsP90: 8,
  allyLossesMean: 0,
});
const balanceOf = (best: number, worst: number): CombatBalance => ({
  nodeId: 'fight',
  nodeIndex: 4,
  title: 'The Fight',
  policies: [stats('attack', best), stats('defend', worst)],
  best: 'attack',
  worst: 'defend',
});

describe('balanceDiagnostics', () => {
  it('warns when even the best policy wins too rarely', () => {
    const [d, ...rest] = balanceDiagnostics([balanceOf(0.45, 0.1)]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'combat-balance', severity: 'warning', nodeId: 'fight', path: '/nodes/4' });
    expect(d!.message).toMatch(/too hard.*attack.*45%/);
  });

  it('warns when even the worst policy almost always wins', () => {
    const [d, ...rest] = balanceDiagnostics([balanceOf(1, 0.995)]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'combat-balance', path: '/nodes/4' });
    expect(d!.message).toMatch(/cannot really be lost.*defend.*99.5%/);
  });

  it('stays quiet for a fight that good play wins and bad play can lose', () => {
    expect(balanceDiagnostics([balanceOf(0.8, 0.3)])).toEqual([]);
  });

  it('uses the thresholds it is given', () => {
    expect(balanceDiagnostics([balanceOf(0.8, 0.3)], { minBestWinRate: 0.9, maxWorstWinRate: 0.2 })).toHaveLength(2);
  });
});
