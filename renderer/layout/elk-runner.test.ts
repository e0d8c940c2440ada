import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { createLayoutRunner, LayoutCancelled } from './elk-runner';

/** A fake ELK whose layouts finish only when the test says so. */
function fakeElk(made: FakeElk[]) {
  return async (): Promise<ELK> => {
    const elk = new FakeElk();
    made.push(elk);
    return elk as unknown as ELK;
  };
}

class FakeElk {
  terminated = false;
  pending: Array<{ graph: ElkNode; finish(): void }> = [];
  layout(graph: ElkNode): Promise<ElkNode> {
    return new Promise((resolve) => this.pending.push({ graph, finish: () => resolve({ ...graph, width: 1 }) }));
  }
  terminateWorker() {
    this.terminated = true;
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createLayoutRunner', () => {
  it('resolves with the laid-out graph and keeps its worker for the next run', async () => {
    const made: FakeElk[] = [];
    const runner = createLayoutRunner(fakeElk(made));
    const first = runner.run({ id: 'a' });
    await settle();
    made[0]!.pending[0]!.finish();
    expect(await first).toEqual({ id: 'a', width: 1 });
    const second = runner.run({ id: 'b' });
    await settle();
    made[0]!.pending[1]!.finish();
    expect(await second).toMatchObject({ id: 'b' });
    expect(made).toHaveLength(1);
  });

  it('cancels a running layout when a new one is asked for, ending its worker', async () => {
    const made: FakeElk[] = [];
    const runner = createLayoutRunner(fakeElk(made));
    const first = runner.run({ id: 'old' });
    await settle();
    const second = runner.run({ id: 'new' });
    await expect(first).rejects.toBeInstanceOf(LayoutCancelled);
    await settle();
    expect(made[0]!.terminated).toBe(true);
    expect(made).toHaveLength(2);
    made[1]!.pending[0]!.finish();
    expect(await second).toMatchObject({ id: 'new' });
  });

  it('loads ELK again after a failed load', async () => {
    let attempts = 0;
    const made: FakeElk[] = [];
    const runner = createLayoutRunner(async () => {
      if (attempts++ === 0) throw new Error('offline');
      return fakeElk(made)();
    });
    await expect(runner.run({ id: 'a' })).rejects.toThrow('offline');
    const retry = runner.run({ id: 'b' });
    await settle();
    made[0]!.pending[0]!.finish();
    expect(await retry).toMatchObject({ id: 'b' });
  });

  it('rejects the running layout when disposed', async () => {
    const made: FakeElk[] = [];
    const runner = createLayoutRunner(fakeElk(made));
    const running = runner.run({ id: 'a' });
    runner.dispose();
    await expect(running).rejects.toBeInstanceOf(LayoutCancelled);
  });
});
