/**
 * The Balance view's charts as data: what the play check measured of each fight (core's balance, per stance
 * policy) and how often random playthroughs reach each ending (core's Monte Carlo), as labelled bars.
 */
import type { CombatBalance, MonteCarloReport } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';

/** One bar: its label, its value on the chart's scale, the value in words, and what it means for the player. */
export interface Bar {
  label: string;
  value: number;
  text: string;
  tone: 'good' | 'bad' | 'plain';
  /** A second value drawn as a tick on the bar (the 90th percentile of rounds). */
  mark?: number;
}

/** A small horizontal bar chart: its title, the value the full width stands for, its bars. */
export interface Chart {
  title: string;
  max: number;
  bars: Bar[];
}

/** One fight's part of the view: which node, a one-line verdict and its three charts. */
export interface FightCharts {
  nodeId: string;
  title: string;
  verdict: string;
  charts: Chart[];
}

/** How the stance policies read on screen: the preview's button names, and what the two others are. */
const POLICY_NAMES: Record<string, string> = {
  attack: 'Attack',
  defend: 'Defend',
  evasive: 'Evasive',
  auto: 'Auto-resolve',
  random: 'Random stance',
};

const policyName = (policy: string): string => POLICY_NAMES[policy] ?? policy;
const percent = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.1 ? 1 : 0)}%`;

/** The three charts of one fight: win rate per stance, rounds to finish (median, with the 90th percentile), allies lost. */
export function fightCharts(balance: CombatBalance): FightCharts {
  const ps = balance.policies;
  const runs = ps[0]?.runs ?? 0;
  const best = ps.find((p) => p.policy === balance.best);
  const worst = ps.find((p) => p.policy === balance.worst);
  const verdict =
    best && worst
      ? `Best: ${policyName(best.policy)} wins ${percent(best.winRate)}; worst: ${policyName(worst.policy)} wins ${percent(worst.winRate)} (${runs.toLocaleString('en-US')} fights each)`
      : 'Not played';
  const roundsMax = Math.max(1, ...ps.map((p) => p.roundsP90));
  const lossesMax = Math.max(1, ...ps.map((p) => Math.ceil(p.allyLossesMean)));
  return {
    nodeId: balance.nodeId,
    title: balance.title || balance.nodeId,
    verdict,
    charts: [
      {
        title: 'Win rate per stance',
        max: 1,
        bars: ps.map((p) => ({
          label: policyName(p.policy),
          value: p.winRate,
          text: percent(p.winRate),
          tone: p.winRate >= 0.5 ? 'good' : 'bad',
        })),
      },
      {
        title: 'Rounds to finish (median; tick: 9 in 10 fights)',
        max: roundsMax,
        bars: ps.map((p) => ({
          label: policyName(p.policy),
          value: p.roundsMedian,
          mark: p.roundsP90,
          text: `${p.roundsMedian} (${p.roundsP90})`,
          tone: 'plain',
        })),
      },
      {
        title: 'Allies lost per fight',
        max: lossesMax,
        bars: ps.map((p) => ({
          label: policyName(p.policy),
          value: p.allyLossesMean,
          text: p.allyLossesMean.toFixed(2),
          tone: p.allyLossesMean > 0 ? 'bad' : 'good',
        })),
      },
    ],
  };
}

/** How often random playthroughs reach each ending (by its title), and how many never end. */
export function endingChart(report: MonteCarloReport, mission: Mission): Chart {
  const titles = new Map(mission.nodes.map((n) => [n.id, n.title || n.id]));
  const bars: Bar[] = report.endings.map((e) => ({
    label: titles.get(e.nodeId) ?? e.nodeId,
    value: e.share,
    text: `${percent(e.share)} (${e.count.toLocaleString('en-US')})`,
    tone: e.outcome === 'success' ? 'good' : 'bad',
  }));
  const stopped = report.stops.reduce((n, s) => n + s.count, 0);
  if (stopped > 0)
    bars.push({
      label: 'No ending (stopped or cut)',
      value: stopped / Math.max(1, report.runs),
      text: `${percent(stopped / Math.max(1, report.runs))} (${stopped.toLocaleString('en-US')})`,
      tone: 'bad',
    });
  return {
    title: `Ending odds over ${report.runs.toLocaleString('en-US')} random playthroughs (random choices, fights auto-resolved)`,
    max: 1,
    bars,
  };
}
