import { describe, expect, it } from 'vitest';
import { createNewestWinsClient, type Versioned, type WorkerLike } from './newest-wins-client';

type Answer = { kind: 'progress' | 'done'; value: number };

/** A worker that records what it is sent and answers when the test says. */
class FakeWorker implements WorkerLike<{ n: number }, Answer> {
  sent: Array<Versioned<{ n: number }>> = [];
  terminated = false;
  onmessage: ((event: MessageEvent<Versioned<Answer>>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: Versioned<{ n: number }>): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(version: number, answer: Answer): void {
    this.onmessage?.({ data: { ...answer, version } } as MessageEvent<Versioned<Answer>>);
  }
  die(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

function setup(stopStale: boolean) {
  const workers: FakeWorker[] = [];
  const client = createNewestWinsClient<{ n: number }, Answer>({
    makeWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    inline: ({ n }) => ({ kind: 'done', value: n }),
    isFinal: (a) => a.kind === 'done',
    stopStale,
  });
  const log: string[] = [];
  const handlers = (name: string) => ({
    answer: (a: Answer) => log.push(`${name} ${a.kind} ${a.value}`),
    failed: (message: string) => log.push(`${name} failed: ${message}`),
    dropped: () => log.push(`${name} dropped`),
  });
  return { client, workers, log, handlers };
}

describe('createNewestWinsClient', () => {
  it('delivers only the newest request’s messages and tells the older one it was dropped', () => {
    const { client, workers, log, handlers } = setup(false);
    client.send({ n: 1 }, handlers('a'));
    client.send({ n: 2 }, handlers('b'));
    const [worker] = workers;
    worker!.answer(1, { kind: 'done', value: 1 });
    worker!.answer(2, { kind: 'progress', value: 5 });
    worker!.answer(2, { kind: 'done', value: 2 });
    expect(log).toEqual(['a dropped', 'b progress 5', 'b done 2']);
    expect(workers).toHaveLength(1);
  });

  it('terminates a worker still busy with a stale request when asked to, and starts a fresh one', () => {
    const { client, workers, handlers } = setup(true);
    client.send({ n: 1 }, handlers('a'));
    client.send({ n: 2 }, handlers('b'));
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent).toEqual([{ n: 2, version: 2 }]);
  });

  it('keeps the worker once its request is answered', () => {
    const { client, workers, handlers } = setup(true);
    client.send({ n: 1 }, handlers('a'));
    workers[0]!.answer(1, { kind: 'done', value: 1 });
    client.send({ n: 2 }, handlers('b'));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('reports a worker that dies and starts a new one for the next request', () => {
    const { client, workers, log, handlers } = setup(false);
    client.send({ n: 1 }, handlers('a'));
    workers[0]!.die('out of memory');
    client.send({ n: 2 }, handlers('b'));
    expect(log).toEqual(['a failed: out of memory']);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('drops the request on cancel, and answers that come after are ignored', () => {
    const { client, workers, log, handlers } = setup(false);
    client.send({ n: 1 }, handlers('a'));
    client.cancel();
    workers[0]!.answer(1, { kind: 'done', value: 1 });
    expect(log).toEqual(['a dropped']);
  });

  it('runs inline after a microtask where there is no worker, newest first', async () => {
    const client = createNewestWinsClient<{ n: number }, Answer>({ inline: ({ n }) => ({ kind: 'done', value: n * 10 }) });
    const got: string[] = [];
    client.send(
      { n: 1 },
      { answer: (a) => got.push(`a ${a.value}`), failed: () => got.push('a failed'), dropped: () => got.push('a dropped') },
    );
    client.send({ n: 2 }, { answer: (a) => got.push(`b ${a.value}`), failed: () => got.push('b failed') });
    await Promise.resolve();
    expect(got).toEqual(['a dropped', 'b 20']);
  });

  it('reports an inline run that throws as a failure', async () => {
    const client = createNewestWinsClient<{ n: number }, Answer>({
      inline: () => {
        throw new Error('no way');
      },
    });
    const got: string[] = [];
    client.send({ n: 1 }, { answer: () => got.push('answer'), failed: (m) => got.push(m) });
    await Promise.resolve();
    expect(got).toEqual(['no way']);
  });
});
