import type { CombatBalance, MonteCarloReport } from '@mission-studio/core/engine';
import { smallMission } from '@mission-studio/core/test-support';
import { describe, expect, it } from 'vitest';
import { endingChart, fightCharts } from './balance-model';

const balance: CombatBalance = {
  nodeId: 'battle',
  nodeIndex: 3,
  title: 'Break the Line',
  best: 'auto',
  worst: 'defend',
  policies: [
    { policy: 'attack', runs: 1000, winRate: 0.72, roundsMedian: 33, roundsP90: 38, allyLossesMean: 2.08 },
    { policy: 'defend', runs: 1000, winRate: 0.003, roundsMedian: 40, roundsP90: 40, allyLossesMean: 0 },
    { policy: 'auto', runs: 1000, winRate: 0.933, roundsMedian: 35, roundsP90: 39, allyLossesMean: 1.05 },
  ],
};

describe('fightCharts', () => {
  it('names the best and worst stance with their win rates in the verdict', () => {
    expect(fightCharts(balance).verdict).toBe('Best: Auto-resolve wins 93%; worst: Defend wins 0.3% (1,000 fights each)');
  });

  it('draws win rates on a 0 to 100% scale, a losing stance in the bad tone', () => {
    const [wins] = fightCharts(balance).charts;
    expect(wins?.max).toBe(1);
    expect(wins?.bars.map((b) => [b.label, b.text, b.tone])).toEqual([
      ['Attack', '72%', 'good'],
      ['Defend', '0.3%', 'bad'],
      ['Auto-resolve', '93%', 'good'],
    ]);
  });

  it("scales rounds to the longest 90th percentile and marks each stance's own", () => {
    const rounds = fightCharts(balance).charts[1];
    expect(rounds?.max).toBe(40);
    expect(rounds?.bars[0]).toMatchObject({ value: 33, mark: 38, text: '33 (38)' });
  });

  it('scales allies lost to a whole number of units', () => {
    const losses = fightCharts(balance).charts[2];
    expect(losses?.max).toBe(3);
    expect(losses?.bars.map((b) => b.text)).toEqual(['2.08', '0.00', '1.05']);
  });
});

describe('endingChart', () => {
  it('lists each ending by title with its share, and the runs that never ended', () => {
    const mission = smallMission();
    const end = mission.nodes.find((n) => n.type === 'end');
    if (!end) throw new Error('smallMission has an end');
    const report = {
      runs: 200,
      endings: [{ nodeId: end.id, outcome: 'success', count: 150, share: 0.75, inputsTotal: 0, meanInputs: 0 }],
      stops: [{ status: 'stopped', nodeId: null, reason: 'soft-lock', count: 50 }],
    } as unknown as MonteCarloReport;
    const chart = endingChart(report, mission);
    expect(chart.title).toContain('200 random playthroughs');
    expect(chart.bars.map((b) => [b.label, b.text, b.tone])).toEqual([
      [end.title, '75% (150)', 'good'],
      ['No ending (stopped or cut)', '25% (50)', 'bad'],
    ]);
  });
});
