import { describe, expect, it } from 'vitest';
import { tourMission } from '@mission-studio/core/engine';
import type { BalanceTask } from './balance-tasks';
import { runTasks, TaskFailed } from './worker-pool';

// The pooled runs load the bundled worker (dist/cli/pool-worker.mjs), which vitest's setup builds when stale.
const mission = tourMission();
const tasks: BalanceTask[] = [
  { kind: 'combat', mission, nodeId: 'fight', runs: 300, seed: 4 },
  { kind: 'playthroughs', mission, firstRun: 0, runs: 1000, seed: 4 },
  { kind: 'playthroughs', mission, firstRun: 1000, runs: 1000, seed: 4 },
];
const strip = (results: unknown[]) => JSON.parse(JSON.stringify(results, (k, v: unknown) => (k === 'elapsedMs' ? 0 : v))) as unknown;

describe('runTasks', () => {
  it('returns the results in task order, the same from worker threads as from this thread, with all their progress', async () => {
    let last = 0;
    const pooled = await runTasks('balance', tasks, { workers: 2, onProgress: (done) => (last = done) });
    const here = await runTasks('balance', tasks, { workers: 0 });
    expect(strip(pooled)).toEqual(strip(here));
    expect(pooled.map((r) => r.kind)).toEqual(['combat', 'playthroughs', 'playthroughs']);
    expect(last).toBe(300 * 5 + 2000);
  });

  it('rejects with the message of a task that throws in a worker, and which task it was', async () => {
    const bad: BalanceTask[] = [tasks[1] as BalanceTask, { kind: 'combat', mission, nodeId: 'talk', runs: 10, seed: 1 }];
    const failure = runTasks('balance', bad, { workers: 2 });
    await expect(failure).rejects.toThrow('Node "talk" is a dialog node, not a combat node');
    await expect(failure).rejects.toMatchObject({ index: 1 });
    await expect(failure).rejects.toBeInstanceOf(TaskFailed);
  });

  it('runs a single task too (in this thread: a worker would only add its start-up)', async () => {
    const [one] = await runTasks('check', [{ text: '{', explore: true, balance: false, maxStates: 10 }], { workers: 4 });
    expect(one?.diagnostics.map((d) => d.code)).toEqual(['parse-error']);
  });
});
