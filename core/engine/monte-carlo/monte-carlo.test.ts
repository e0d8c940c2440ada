import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomMission, tourMission } from '../test-fixtures';
import { mergeMonteCarlo, monteCarloRunSeed, runMonteCarlo } from './monte-carlo';
import { playRandomRun } from './simulator-run';

describe('runMonteCarlo', () => {
  it('counts each ending as often as the simulator reaches it with the same run seeds', () => {
    const mission = tourMission();
    const report = runMonteCarlo(mission, { runs: 60, seed: 7 });
    const counts = new Map<string, number>();
    let inputs = 0;
    for (let i = 0; i < 60; i++) {
      const run = playRandomRun(mission, monteCarloRunSeed(7, i));
      if (run.status === 'ended' && run.nodeId) counts.set(run.nodeId, (counts.get(run.nodeId) ?? 0) + 1);
      inputs += run.inputs;
    }
    expect(report.endings.map((e) => [e.nodeId, e.count])).toEqual(['won', 'lost', 'quiet'].map((id) => [id, counts.get(id) ?? 0]));
    expect(report.meanInputs).toBeCloseTo(inputs / 60, 10);
  });

  it('lists every end node in file order, reached or not, with shares that add up with the stops', () => {
    const report = runMonteCarlo(tourMission(), { runs: 200 });
    expect(report.endings.map((e) => e.nodeId)).toEqual(['won', 'lost', 'quiet']);
    const ended = report.endings.reduce((sum, e) => sum + e.count, 0);
    const stopped = report.stops.reduce((sum, s) => sum + s.count, 0);
    expect(ended + stopped).toBe(200);
    expect(report.endings.reduce((sum, e) => sum + e.share, 0)).toBeCloseTo(ended / 200, 10);
  });

  it('groups runs that stop without an ending by node and reason', () => {
    const report = runMonteCarlo(tourMission(), { runs: 50, maxInputs: 2 });
    expect(report.stops.length).toBeGreaterThan(0);
    for (const s of report.stops) expect(s).toMatchObject({ status: 'cut', reason: 'cut after 2 inputs' });
  });

  it('reports progress up to the number of runs', () => {
    const seen: number[] = [];
    runMonteCarlo(tourMission(), { runs: 2500, onProgress: (done, total) => seen.push(done / total) });
    expect(seen).toEqual([0.4, 0.8, 1]);
  });
});

describe('mergeMonteCarlo', () => {
  it('gives the same counts as one big run however the runs are split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 }),
        (seed, sizes) => {
          const mission = randomMission(seed, 7);
          const total = sizes.reduce((a, b) => a + b, 0);
          let firstRun = 0;
          const parts = sizes.map((runs) => {
            const part = runMonteCarlo(mission, { runs, seed, firstRun, maxInputs: 40 });
            firstRun += runs;
            return part;
          });
          const whole = runMonteCarlo(mission, { runs: total, seed, maxInputs: 40 });
          const merged = mergeMonteCarlo([...parts].reverse());
          const strip = (r: typeof whole) => ({
            ...r,
            elapsedMs: 0,
            stops: [...r.stops].sort((a, b) => (a.reason + a.nodeId < b.reason + b.nodeId ? -1 : 1)),
          });
          expect(strip(merged)).toEqual(strip(whole));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses reports with a gap between their runs', () => {
    const a = runMonteCarlo(tourMission(), { runs: 5 });
    const b = runMonteCarlo(tourMission(), { runs: 5, firstRun: 6 });
    expect(() => mergeMonteCarlo([a, b])).toThrow(/missing or overlap/);
  });
});
