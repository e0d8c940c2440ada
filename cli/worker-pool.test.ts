import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTask, type BalanceTask } from './balance-tasks';
import { tourMission } from '../core/engine/test-fixtures';
import { runTasks } from './worker-pool';

const mission = tourMission();
const module = join(__dirname, 'balance-tasks.ts');
const tasks: BalanceTask[] = [
  { kind: 'combat', mission, nodeId: 'fight', runs: 300, seed: 4 },
  { kind: 'playthroughs', mission, firstRun: 0, runs: 1000, seed: 4 },
  { kind: 'playthroughs', mission, firstRun: 1000, runs: 1000, seed: 4 },
];
const strip = (results: unknown[]) => JSON.parse(JSON.stringify(results, (k, v: unknown) => (k === 'elapsedMs' ? 0 : v))) as unknown;

describe('runTasks', () => {
  it('returns the results in task order, the same from worker threads as from this thread', async () => {
    let last = 0;
    const pooled = await runTasks(tasks, { module, runTask, workers: 2, onProgress: (done) => (last = done) });
    const here = await runTasks(tasks, { module, runTask, workers: 0 });
    expect(strip(pooled)).toEqual(strip(here));
    expect(pooled.map((r) => r.kind)).toEqual(['combat', 'playthroughs', 'playthroughs']);
    expect(last).toBe(300 * 5 + 2000);
  });

  it('rejects with the message of a task that throws in a worker', async () => {
    const bad: BalanceTask[] = [{ kind: 'combat', mission, nodeId: 'talk', runs: 10, seed: 1 }];
    await expect(runTasks(bad, { module, runTask, workers: 1 })).rejects.toThrow('Node "talk" is a dialog node, not a combat node');
  });
});
